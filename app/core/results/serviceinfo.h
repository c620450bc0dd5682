#pragma once

#include <memory>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// What service detection learned of an open port: the service by what it says, its
// product and version, and, behind TLS, the certificate and session it offered.

struct TlsInfo
{
    QString subject; // the certificate's subject (common name, else the whole DN)
    QStringList sans; // its DNS and IP subject alternative names
    QString issuer;
    QDateTime notAfter; // UTC
    QString protocol; // "TLSv1.3", ...
    QString cipher;
    bool selfSigned = false;
    bool isEmpty() const { return protocol.isEmpty() && subject.isEmpty(); }
    bool operator==(const TlsInfo &o) const = default;
};

struct ServiceInfo
{
    Q_DECLARE_TR_FUNCTIONS(ServiceInfo)

public:
    enum class Method : quint8 {
        Table, // guessed from the port number
        Probed // identified by what the port said
    };
    QString name; // "ssh", "http", "https", ...
    Method method = Method::Table;
    int confidence = 3; // 0-10, as nmap's conf: 10 for a product match, 3 for the table
    QString product;
    QString version;
    QString extra; // HTTP title, "password required", ...
    bool tunnel = false; // spoken inside TLS
    TlsInfo tls;

    bool operator==(const ServiceInfo &o) const = default;

    static QString methodName(Method method);
    // The name to show: inside TLS "https" for "http" (and so on), else "ssl/NAME".
    QString displayName() const;
    // "nginx 1.22.1", or an empty string.
    QString productVersion() const;
    // Product, version, extra and the certificate's expiry in one line for a table cell.
    QString summary(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The JSON form of an export and the history: service_method, product, version,
    // extra and tls, without the name (which the caller writes as "service").
    QJsonObject toJson() const;
    static ServiceInfo fromJson(const QString &name, const QJsonObject &o);
    // One line of JSON (toJson() with the name), as the history keeps it; null for
    // text that is not such an object.
    QString toText() const;
    static std::shared_ptr<const ServiceInfo> fromText(const QString &text);
};
