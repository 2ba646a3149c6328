// docs/openapi.yaml and the server cannot drift apart: the server serves exactly the file, and
// every path the file describes is routed with exactly the methods it lists. (The lint tests
// check the file itself; the *_openapi runs of the contract suites validate every answer.)
#include "HttpTestClient.h"
#include "TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
// The file as JSON, converted by the same script the build uses; an empty object on failure.
QJsonObject describedDocument(QString *error)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("openapi.json"));
    QProcess python;
    python.start(QStringLiteral(TOKENDESK_PYTHON), {QStringLiteral(TOKENDESK_OPENAPI_TO_JSON),
                                                    QStringLiteral(TOKENDESK_OPENAPI_YAML), out});
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    QFile file(out);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QSet<QByteArray> splitAllow(const QByteArray &allow)
{
    QSet<QByteArray> methods;
    for (const QByteArray &method : allow.split(','))
        methods.insert(method.trimmed());
    return methods;
}
} // namespace

class TestOpenApi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void servedDocumentIsTheFile();
    void describedPathsAreRoutedWithTheDescribedMethods();

private:
    TestServer m_server;
    HttpTestClient m_client;
    QJsonObject m_described;
};

void TestOpenApi::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_client.setBaseUrl(m_server.baseUrl());
    QString error;
    m_described = describedDocument(&error);
    QVERIFY2(!m_described.isEmpty(), qPrintable(error));
    QVERIFY(m_described.value(QLatin1String("paths")).toObject().size() > 10);
}

void TestOpenApi::servedDocumentIsTheFile()
{
    const HttpResult r = m_client.get(QStringLiteral("/api/v1/openapi.json")); // no credential
    HTTP_EXPECT_STATUS(r, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    QVERIFY(r.header("Cache-Control").contains("no-store"));
    QCOMPARE(r.json, m_described);
}

void TestOpenApi::describedPathsAreRoutedWithTheDescribedMethods()
{
    static const QRegularExpression parameter(QStringLiteral("\\{[^}]+\\}"));
    static const QStringList verbs{QStringLiteral("get"), QStringLiteral("post"),
                                   QStringLiteral("put"), QStringLiteral("patch"),
                                   QStringLiteral("delete")};
    const QJsonObject paths = m_described.value(QLatin1String("paths")).toObject();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        QSet<QByteArray> described;
        const QJsonObject item = it.value().toObject();
        for (const QString &verb : verbs) {
            if (item.contains(verb))
                described.insert(verb.toUpper().toLatin1());
        }
        QString path = it.key();
        path.replace(parameter, QStringLiteral("x"));
        // No route takes OPTIONS, so the server's 405 lists every method it routes here.
        const HttpResult r = m_client.request("OPTIONS", path);
        QVERIFY2(r.status == 405, qPrintable(r.describe()));
        QCOMPARE(splitAllow(r.header("Allow")), described);
    }
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
