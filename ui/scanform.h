#pragma once

#include <QObject>

#include "core/spec/scanoptions.h"

class AppSettings;
class Dialogs;
class QComboBox;
class QLabel;
class QLineEdit;
class QWidget;

// The scan form's targets and ports: the port presets, checking what was typed
// (a bad field is framed red with its message under it), and filling the targets
// from a file.
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
        QWidget *window = nullptr; // parent of dialogs
    };

    ScanForm(
        const Widgets &widgets, AppSettings *settings, Dialogs *dialogs, QObject *parent = nullptr);

    void setPorts(const QString &ports);
    // The ports field as a spec: a preset's key ("common") or the typed text.
    QString portsSpec() const;
    // Checks both fields, marking a bad one; fills options' targets and ports when
    // both are good.
    bool validate(ScanOptions *options);
    // Asks for a target list and puts its targets in the field; a message for the
    // status bar, or nothing when nothing was loaded.
    QString loadTargets();
    void retranslate();

private:
    Widgets m_w;
    AppSettings *m_settings;
    Dialogs *m_dialogs;
    QString m_loadedTargets; // the field's text as a target file filled it
};
