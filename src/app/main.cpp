#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char** argv) {
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("KneeTriage"));
    QMainWindow window;
    window.setWindowTitle(QObject::tr("KneeTriage"));
    window.setCentralWidget(new QLabel(QObject::tr("KneeTriage"), &window));
    window.resize(960, 680);
    window.show();
    return QApplication::exec();
}
