#include "TokenFormat.h"

#include <QSet>
#include <QTest>

class TestTokenFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generatedSecretsAreWellFormed();
    void secretsAreUnique();
    void kindsDoNotMix();
    void checksumCatchesTypos();
    void rejectsBadShapes_data();
    void rejectsBadShapes();
    void crc32MatchesReference();
    void base62PadsAndEncodes();
    void hintShowsEndsOnly();
    void digestIsSha256();
    void constantTimeEquals();
};

void TestTokenFormat::generatedSecretsAreWellFormed()
{
    for (int i = 0; i < 200; ++i) {
        const QByteArray token = TokenFormat::generate(TokenFormat::Kind::ApiToken);
        QCOMPARE(token.size(), 42);
        QVERIFY(token.startsWith("tdk_"));
        QVERIFY2(TokenFormat::isWellFormed(token, TokenFormat::Kind::ApiToken), token.constData());
        const QByteArray session = TokenFormat::generate(TokenFormat::Kind::Session);
        QVERIFY(session.startsWith("tds_"));
        QVERIFY(TokenFormat::isWellFormed(session, TokenFormat::Kind::Session));
    }
}

void TestTokenFormat::secretsAreUnique()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 2000; ++i)
        seen.insert(TokenFormat::generate(TokenFormat::Kind::ApiToken));
    QCOMPARE(seen.size(), 2000);
}

void TestTokenFormat::kindsDoNotMix()
{
    const QByteArray token = TokenFormat::generate(TokenFormat::Kind::ApiToken);
    QVERIFY(!TokenFormat::isWellFormed(token, TokenFormat::Kind::Session));
    QByteArray relabelled = token;
    relabelled.replace(0, 4, "tds_");
    QVERIFY(TokenFormat::isWellFormed(relabelled, TokenFormat::Kind::Session));
    QVERIFY(!TokenFormat::isWellFormed(relabelled, TokenFormat::Kind::ApiToken));
}

void TestTokenFormat::checksumCatchesTypos()
{
    const QByteArray token = TokenFormat::generate(TokenFormat::Kind::ApiToken);
    for (int i = 4; i < token.size(); ++i) {
        QByteArray typo = token;
        typo[i] = typo[i] == 'a' ? 'b' : 'a';
        QVERIFY2(!TokenFormat::isWellFormed(typo, TokenFormat::Kind::ApiToken),
                 qPrintable(QStringLiteral("typo at %1 accepted").arg(i)));
        // Still shaped like a token: the verdict is "wrong checksum", not "something else".
        QCOMPARE(TokenFormat::shapeOf(typo, TokenFormat::Kind::ApiToken),
                 TokenFormat::Shape::BadChecksum);
    }
    QCOMPARE(TokenFormat::shapeOf(token, TokenFormat::Kind::ApiToken), TokenFormat::Shape::Valid);
    // Swapping two different neighbouring characters changes the CRC too.
    QByteArray swapped = token;
    int at = 4;
    while (swapped[at] == swapped[at + 1])
        ++at;
    std::swap(swapped[at], swapped[at + 1]);
    QVERIFY(!TokenFormat::isWellFormed(swapped, TokenFormat::Kind::ApiToken));
}

void TestTokenFormat::rejectsBadShapes_data()
{
    QTest::addColumn<QByteArray>("candidate");
    const QByteArray good = TokenFormat::generate(TokenFormat::Kind::ApiToken);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("prefix only") << QByteArray("tdk_");
    QTest::newRow("truncated") << good.chopped(1);
    QTest::newRow("extended") << good + "A";
    QTest::newRow("no prefix") << good.mid(4);
    QTest::newRow("wrong prefix") << QByteArray("xyz_") + good.mid(4);
    QByteArray nonBase62 = good;
    nonBase62[10] = '-';
    QTest::newRow("non-base62") << nonBase62;
    QByteArray space = good;
    space[20] = ' ';
    QTest::newRow("space") << space;
}

void TestTokenFormat::rejectsBadShapes()
{
    QFETCH(QByteArray, candidate);
    QVERIFY(!TokenFormat::isWellFormed(candidate, TokenFormat::Kind::ApiToken));
    QCOMPARE(TokenFormat::shapeOf(candidate, TokenFormat::Kind::ApiToken),
             TokenFormat::Shape::Foreign);
}

void TestTokenFormat::crc32MatchesReference()
{
    // The IEEE 802.3 check value, as zlib and every CRC-32 implementation compute it.
    QCOMPARE(TokenFormat::crc32("123456789"), 0xCBF43926u);
    QCOMPARE(TokenFormat::crc32(""), 0u);
    QCOMPARE(TokenFormat::crc32("The quick brown fox jumps over the lazy dog"), 0x414FA339u);
}

void TestTokenFormat::base62PadsAndEncodes()
{
    QCOMPARE(TokenFormat::base62(0, 6), QByteArray("000000"));
    QCOMPARE(TokenFormat::base62(61, 6), QByteArray("00000z"));
    QCOMPARE(TokenFormat::base62(62, 6), QByteArray("000010"));
    QCOMPARE(TokenFormat::base62(0xFFFFFFFFu, 6), QByteArray("4gfFC3"));
}

void TestTokenFormat::hintShowsEndsOnly()
{
    const QByteArray token = "tdk_AbCdEfGhIjKlMnOpQrStUvWxYz0123456wxyz";
    QCOMPARE(TokenFormat::hint(token), QStringLiteral("tdk_AbCd…wxyz"));
    const QString hint = TokenFormat::hint(TokenFormat::generate(TokenFormat::Kind::ApiToken));
    QCOMPARE(hint.size(), 13);
}

void TestTokenFormat::digestIsSha256()
{
    QCOMPARE(TokenFormat::digest("abc").toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestTokenFormat::constantTimeEquals()
{
    QVERIFY(TokenFormat::constantTimeEquals("abc", "abc"));
    QVERIFY(!TokenFormat::constantTimeEquals("abc", "abd"));
    QVERIFY(!TokenFormat::constantTimeEquals("abc", "abcd"));
    QVERIFY(TokenFormat::constantTimeEquals("", ""));
}

QTEST_APPLESS_MAIN(TestTokenFormat)
#include "tst_tokenformat.moc"
