#pragma once

#include <QMainWindow>

namespace fla {

// The application window: menus, the company switcher and the views.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void createMenus();
    void showAbout();
};

} // namespace fla
