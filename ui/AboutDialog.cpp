#include "AboutDialog.h"

#include "core/common/Version.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QSslSocket>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fla::ui {

QList<AboutDialog::Component> AboutDialog::components()
{
    return {
        {QStringLiteral("Qt 6"), tr("Application framework: windows, database access, network, sign-in"),
         QStringLiteral("LGPL-3.0-only"), QStringLiteral("LGPL-3.0.txt, GPL-3.0.txt, Qt.copyright.txt")},
        {QStringLiteral("OpenSSL 3"), tr("Encryption of backups, TLS connections to the platform"),
         QStringLiteral("Apache-2.0"), QStringLiteral("Apache-2.0.txt, OpenSSL.copyright.txt")},
        {QStringLiteral("QtKeychain"), tr("Keeping sign-in tokens in the system keychain"),
         QStringLiteral("BSD-2-Clause"), QStringLiteral("QtKeychain.copyright.txt")},
        {QStringLiteral("SQLite"), tr("The workspace database"), QStringLiteral("blessing (public domain)"),
         QStringLiteral("SQLite.copyright.txt")},
        {QStringLiteral("QuaZip"), tr("Reading spreadsheet (XLSX) files"),
         QStringLiteral("LGPL-2.1-or-later WITH static linking exception"),
         QStringLiteral("LGPL-2.1.txt, QuaZip.copyright.txt")},
        {QStringLiteral("zlib"), tr("Compression, used by QuaZip and Qt"), QStringLiteral("Zlib"),
         QStringLiteral("zlib.copyright.txt")},
        {QStringLiteral("Libraries bundled with Qt"),
         tr("PCRE2, HarfBuzz, FreeType, libpng, libjpeg, double-conversion, md4c: used by Qt itself"),
         QStringLiteral("BSD-3-Clause, MIT, FTL, libpng, IJG"), QStringLiteral("Qt.copyright.txt")},
        {QStringLiteral("Microsoft Visual C++ Runtime"),
         tr("Windows only: the C++ runtime of the Windows build"),
         tr("Microsoft Visual C++ Redistributable licence"), QString()},
    };
}

QString AboutDialog::licensesDirectory()
{
    const QDir appDir(QCoreApplication::applicationDirPath());
#ifdef Q_OS_WIN
    return QDir::cleanPath(appDir.filePath(QStringLiteral("../licenses")));
#else
    return QDir::cleanPath(appDir.filePath(QStringLiteral("../share/doc/fladesk/licenses")));
#endif
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About FLA Desk"));

    auto *header = new QLabel(
        tr("<h2>%1 %2</h2>"
           "<p>Training records and Federal Learning Account declarations for Belgian employers.</p>"
           "<p>FLA Desk is free software: you can redistribute it and/or modify it under the terms of the "
           "GNU General Public License, version 3 or (at your option) any later version "
           "(GPL-3.0-or-later). It comes with no warranty.</p>")
            .arg(QString::fromLatin1(kProductName), QString::fromLatin1(kVersion)),
        this);
    header->setObjectName(QStringLiteral("aboutHeader"));
    header->setWordWrap(true);
    header->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *runtime = new QLabel(
        tr("Running on Qt %1 with %2.")
            .arg(QString::fromLatin1(qVersion()),
                 QSslSocket::supportsSsl() ? QSslSocket::sslLibraryVersionString() : tr("no TLS library")),
        this);
    runtime->setObjectName(QStringLiteral("aboutRuntime"));
    runtime->setWordWrap(true);

    const QList<Component> list = components();
    auto *table = new QTableWidget(int(list.size()), 4, this);
    table->setObjectName(QStringLiteral("aboutComponents"));
    table->setHorizontalHeaderLabels({tr("Component"), tr("Licence"), tr("Used for"), tr("Licence text")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    for (int row = 0; row < list.size(); ++row) {
        const Component &c = list.at(row);
        table->setItem(row, 0, new QTableWidgetItem(c.name));
        table->setItem(row, 1, new QTableWidgetItem(c.license));
        table->setItem(row, 2, new QTableWidgetItem(c.purpose));
        table->setItem(row, 3, new QTableWidgetItem(c.licenseFile));
    }
    QHeaderView *columns = table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(2, QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *where = new QLabel(tr("The licence texts are installed with FLA Desk in %1.")
                                 .arg(QDir::toNativeSeparators(licensesDirectory())),
                             this);
    where->setObjectName(QStringLiteral("aboutLicensesFolder"));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(runtime);
    layout->addWidget(table, 1);
    layout->addWidget(where);
    layout->addWidget(buttons);
    resize(1000, 560);
}

} // namespace fla::ui
