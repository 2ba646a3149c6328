#include "SecureBuffer.h"

#include <QTest>

class TestSecureBuffer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void holdsAndComparesBytes();
    void takeWipesTheSource();
    void wipeLeavesSharedCopiesAlone();
    void moveLeavesSourceEmpty();
    void clearEmpties();
};

void TestSecureBuffer::holdsAndComparesBytes()
{
    const SecureBuffer a(QByteArrayView("tdk_secret"));
    QCOMPARE(a.size(), 10);
    QCOMPARE(a.view(), QByteArrayView("tdk_secret"));
    QCOMPARE(a.toString(), QStringLiteral("tdk_secret"));
    QVERIFY(a == a.clone());
    QVERIFY(!(a == SecureBuffer(QByteArrayView("tdk_secreT"))));
    QVERIFY(SecureBuffer().isEmpty());
}

void TestSecureBuffer::takeWipesTheSource()
{
    QByteArray source("tdk_abcdef");
    source.detach(); // our own heap copy, as a parsed secret is
    const char *memory = source.constData();
    const SecureBuffer taken = SecureBuffer::take(source);
    QCOMPARE(taken.view(), QByteArrayView("tdk_abcdef"));
    QVERIFY(source.isEmpty());
    // The same allocation, still owned by source: its former bytes must be zeros now.
    QCOMPARE(source.constData(), memory);
    QCOMPARE(QByteArrayView(memory, 10), QByteArrayView(QByteArray(10, '\0')));

    QByteArray unshared("password");
    SecureBuffer::wipe(unshared);
    QCOMPARE(unshared, QByteArray(8, '\0'));

    QString text = QStringLiteral("password");
    text.detach();
    SecureBuffer::wipe(text);
    QCOMPARE(text, QString(8, QChar(u'\0')));
}

void TestSecureBuffer::wipeLeavesSharedCopiesAlone()
{
    QByteArray original("shared");
    QByteArray copy = original; // implicitly shared: wiping would detach and miss the original
    SecureBuffer::wipe(copy);
    QCOMPARE(original, QByteArray("shared"));
}

void TestSecureBuffer::moveLeavesSourceEmpty()
{
    SecureBuffer a(QByteArrayView("abc"));
    SecureBuffer b(std::move(a));
    QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): documented state
    QCOMPARE(b.view(), QByteArrayView("abc"));
    SecureBuffer c;
    c = std::move(b);
    QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(c.view(), QByteArrayView("abc"));
}

void TestSecureBuffer::clearEmpties()
{
    SecureBuffer a(QByteArrayView("abc"));
    a.clear();
    QVERIFY(a.isEmpty());
    QCOMPARE(a.size(), 0);
}

QTEST_APPLESS_MAIN(TestSecureBuffer)
#include "tst_securebuffer.moc"
