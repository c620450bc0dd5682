#pragma once

#include <QDialog>

#include "core/watch/watch.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Watch This Scan... and Edit: a watch's name, how often it runs, what alerts
// (each kind of event, a desktop notification, a command). A bad name or
// interval marks its field and keeps the dialog open.
class WatchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchDialog)

public:
    // taken: names already used (a new watch may not have one); editing: the name
    // is fixed.
    WatchDialog(
        const Watch &watch, const QStringList &taken, bool editing, QWidget *parent = nullptr);

    Watch watch() const { return m_watch; }
    void accept() override;

private:
    Watch m_watch;
    QStringList m_taken;
    QLineEdit *m_name;
    QComboBox *m_every;
    QList<QCheckBox *> m_kinds;
    QCheckBox *m_notify;
    QLineEdit *m_command;
    QSpinBox *m_goneAfter;
    QLabel *m_error;
};
