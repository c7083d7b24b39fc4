#pragma once

#include <QDialog>
#include <QList>
#include <QString>

namespace fla::ui {

// Help > About: the product, its one version number (fla::kVersion), its own
// licence and the licence of every component it ships. The licence texts
// themselves are installed with the application (packaging/licenses/).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    // One shipped component: what it is for, its licence (SPDX form) and the
    // file in the installed licences folder that holds the text.
    struct Component
    {
        QString name;
        QString purpose;
        QString license;
        QString licenseFile;
    };

    explicit AboutDialog(QWidget *parent = nullptr);

    // Every third-party component of the Windows and Linux packages.
    static QList<Component> components();

    // Where the installed licence texts live, relative to the executable:
    // <prefix>/share/doc/fladesk/licenses on Linux, <install dir>/licenses on Windows.
    static QString licensesDirectory();
};

} // namespace fla::ui
