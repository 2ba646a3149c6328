#include "SecretField.h"

#include <QLineEdit>
#include <QTest>

class TestSecretField : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void overwritesTheWidgetsBuffer();
};

void TestSecretField::overwritesTheWidgetsBuffer()
{
    QLineEdit edit;
    QTest::keyClicks(&edit, QStringLiteral("tdk_0123456789")); // typed: heap memory
    // A copy that shares the widget's buffer shows what happened to that memory.
    const QString shared = edit.text();
    SecretField::wipe(&edit);
    QVERIFY(edit.text().isEmpty());
    QVERIFY(!edit.isModified());
    QCOMPARE(shared, QString(14, QChar(u'\0')));

    // Text from a literal sits in read-only memory: cleared without writing to it.
    edit.setText(QStringLiteral("literal"));
    SecretField::wipe(&edit);
    QVERIFY(edit.text().isEmpty());
}

QTEST_MAIN(TestSecretField)
#include "tst_secretfield.moc"
