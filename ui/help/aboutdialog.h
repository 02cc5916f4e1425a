#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

// Help → About CoAP Explorer: version, licence and the libraries the program runs with (their
// versions as loaded at run time, which is what a bug report needs), with a button that copies
// it all as plain text.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The plain-text report that "Copy" puts on the clipboard: program, version, licence, Qt at
    // run time and at build time, platform. Not translated: it goes into bug reports.
    static QString versionReport();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QTextBrowser *m_text;
    QPushButton *m_copy;
    QPushButton *m_close;
};
