#pragma once

#include <QObject>

#include "core/spec/scanoptions.h"

class AppSettings;
class Dialogs;
class QComboBox;
class QLabel;
class QLineEdit;
class QWidget;

// The scan form's targets, ports and protocol: the port presets, checking what was
// typed (a bad field is framed red with its message under it), and filling the
// targets from a file.
class ScanForm final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanForm)

public:
    struct Widgets
    {
        QLineEdit *targets = nullptr;
        QLabel *targetsError = nullptr;
        QComboBox *ports = nullptr;
        QLabel *portsError = nullptr;
        QComboBox *protocol = nullptr; // TCP, UDP or both
        QWidget *window = nullptr; // parent of dialogs
    };

    ScanForm(
        const Widgets &widgets, AppSettings *settings, Dialogs *dialogs, QObject *parent = nullptr);

    // Shows ports as recorded (history, a rescan, the settings, the command line): text
    // that parses without a protocol choice. Sets the protocol too ("U:53" shows as 53
    // with UDP chosen); text that does not parse goes in as it is.
    void setPorts(const QString &ports);
    // The ports field as a spec: a preset's key ("common") or the typed text.
    QString portsSpec() const;
    // Puts back what portsSpec() gave, leaving the protocol as it is.
    void setPortsSpec(const QString &spec);
    PortSpec::Selection selection() const;
    // What a scan of the form records as its ports: text that parses to the same
    // ports without the protocol choice (PortSpec::canonicalText()).
    QString recordedPorts() const;
    // Checks both fields, marking a bad one; fills options' targets and ports when
    // both are good.
    bool validate(ScanOptions *options);
    // Asks for a target list and puts its targets in the field; a message for the
    // status bar, or nothing when nothing was loaded.
    QString loadTargets();
    void retranslate();

Q_SIGNALS:
    // The user changed a field: the form may have become valid or invalid.
    void edited();
    // The ports now include TCP ports, or no longer do (UDP only).
    void tcpScannedChanged(bool tcp);

private:
    void updatePresetToolTip();
    void onEdited();

    Widgets m_w;
    AppSettings *m_settings;
    Dialogs *m_dialogs;
    QString m_loadedTargets; // the field's text as a target file filled it
    // The ports include TCP ports (ports that do not parse count as TCP unless UDP is chosen).
    bool m_tcp = true;
};
