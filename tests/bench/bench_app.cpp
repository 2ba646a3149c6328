#include "AccountSession.h"
#include "ApiClient.h"
#include "AppRun.h"
#include "DesktopServices.h"
#include "MemorySecretStore.h"
#include "TokenListModel.h"
#include "TokensPage.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

// The app side of `./dev bench` (tests/bench/run-bench.py runs it against a seeded server):
//   bench_app tokens URL SMALL_USER BIG_USER   the Personal tokens page with many tokens
//   bench_app create URL USER COUNT            COUNT creates through ApiClient, one at a time
// Prints "measure NAME VALUE UNIT" lines; the driver puts them next to their floors.
// Passwords are the usernames (as the demo accounts and the bench users have).
namespace {

void measure(const char *name, double value, const char *unit)
{
    std::printf("measure %s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

double rssMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * 4096.0 / (1024.0 * 1024.0) : 0;
}

TokenOwner personal(AccountSession &session)
{
    return session.owners().value(0);
}

// Runs the event loop until done() holds, checking after every event batch. Unlike
// QTest::qWaitFor, it never sleeps, so neither timings nor the heartbeat see its naps.
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(1);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

// Opens the page of the signed-in user's tokens and waits until every row is in.
struct LoadedPage
{
    std::unique_ptr<TokensPage> page;
    double firstRowsMs = -1;
    double allRowsMs = -1;
    double longestStallMs = 0;
};

LoadedPage openPage(DesktopServices &services, int expectedRows)
{
    LoadedPage result;
    QElapsedTimer clock;
    clock.start();
    result.page = std::make_unique<TokensPage>(services, personal(services.session()));
    TokenListModel &model = result.page->model();
    auto firstRows = [&] {
        if (result.firstRowsMs < 0 && model.rowCount() > 0)
            result.firstRowsMs = double(clock.nsecsElapsed()) / 1e6;
    };
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, firstRows);
    QObject::connect(&model, &QAbstractItemModel::modelReset, firstRows);
    // A heartbeat on the GUI thread: the longest gap between two ticks is the longest frame the
    // user would have waited for while pages arrive.
    QElapsedTimer beat;
    beat.start();
    QTimer heartbeat;
    heartbeat.setInterval(2);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const double stallMs = double(beat.nsecsElapsed()) / 1e6 - 2.0;
        result.longestStallMs = std::max(result.longestStallMs, stallMs);
        if (stallMs > 25) // where the long frames are, for whoever makes them shorter
            std::fprintf(stderr, "bench_app: %.1f ms frame at %.0f ms, %d rows\n", stallMs,
                         double(clock.nsecsElapsed()) / 1e6, int(model.rowCount()));
        beat.restart();
    });
    result.page->resize(1000, 700);
    result.page->show();
    heartbeat.start();
    beat.restart();
    result.page->reload();
    const bool all = spinUntil(
        [&] {
            return model.rowCount() >= expectedRows &&
                   result.page->tokens().loadState() == OwnerTokens::LoadState::Loaded;
        },
        120000);
    heartbeat.stop();
    if (all)
        result.allRowsMs = double(clock.nsecsElapsed()) / 1e6;
    return result;
}

int benchTokens(const QUrl &server, const QString &smallUser, const QString &bigUser)
{
    QTemporaryDir dir;
    MemorySecretStore secrets(true);
    DesktopServices smallServices(QApplication::clipboard(), secrets,
                                  dir.filePath(QStringLiteral("small.ini")));
    AppRun small(smallServices);
    if (!small.signIn(server, smallUser)) {
        std::fprintf(stderr, "bench_app: cannot sign in as %s\n", qPrintable(smallUser));
        return 1;
    }
    LoadedPage few = openPage(smallServices, 10);
    QTest::qWait(200);
    measure("app.rss_10_tokens", rssMiB(), "MiB");

    DesktopServices bigServices(QApplication::clipboard(), secrets,
                                dir.filePath(QStringLiteral("big.ini")));
    AppRun big(bigServices);
    if (!big.signIn(server, bigUser)) {
        std::fprintf(stderr, "bench_app: cannot sign in as %s\n", qPrintable(bigUser));
        return 1;
    }
    LoadedPage many = openPage(bigServices, 100000);
    if (many.allRowsMs < 0) {
        std::fprintf(stderr, "bench_app: the 100 000 tokens did not arrive within 2 minutes\n");
        return 1;
    }
    measure("app.first_rows", many.firstRowsMs, "ms");
    measure("app.all_rows", many.allRowsMs, "ms");
    measure("app.longest_frame_while_loading", many.longestStallMs, "ms");
    QTest::qWait(200);
    measure("app.rss_100000_tokens", rssMiB(), "MiB");

    // Filter: one keystroke at a time, each until the proxy has applied it.
    auto *filter = many.page->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    auto *view = many.page->findChild<QTableView *>(QStringLiteral("tableView"));
    if (!filter || !view) {
        std::fprintf(stderr, "bench_app: the page has no filterEdit/tableView\n");
        return 1;
    }
    double worstKey = 0;
    const QString typed = QStringLiteral("seed-0999");
    for (const QChar c : typed) {
        QElapsedTimer key;
        key.start();
        QTest::keyClicks(filter, QString(c));
        QCoreApplication::sendPostedEvents();
        worstKey = std::max(worstKey, double(key.nsecsElapsed()) / 1e6);
    }
    measure("app.filter_keystroke_worst", worstKey, "ms");
    filter->clear();
    QCoreApplication::sendPostedEvents();

    double worstSort = 0;
    for (int column = 0; column < view->model()->columnCount(); ++column) {
        if (view->isColumnHidden(column))
            continue;
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            QElapsedTimer sort;
            sort.start();
            view->sortByColumn(column, order);
            QCoreApplication::sendPostedEvents();
            const double ms = double(sort.nsecsElapsed()) / 1e6;
            std::fprintf(stderr, "bench_app: sort column %d %s: %.1f ms\n", column,
                         order == Qt::AscendingOrder ? "ascending" : "descending", ms);
            worstSort = std::max(worstSort, ms);
        }
    }
    measure("app.sort_worst_column", worstSort, "ms");
    if (qEnvironmentVariableIsSet("BENCH_SORT_NO_VIEW")) {
        QAbstractItemModel *proxy = view->model();
        view->setModel(nullptr);
        for (int column = 0; column < proxy->columnCount(); ++column) {
            for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                QElapsedTimer sort;
                sort.start();
                proxy->sort(column, order);
                std::fprintf(stderr, "bench_app: no view: sort column %d %d: %.1f ms\n", column,
                             int(order), double(sort.nsecsElapsed()) / 1e6);
            }
        }
    }
    return 0;
}

int benchCreate(const QUrl &server, const QString &user, int count)
{
    QTemporaryDir dir;
    MemorySecretStore secrets(true);
    AppRun run(secrets, dir.filePath(QStringLiteral("create.ini")));
    if (!run.signIn(server, user)) {
        std::fprintf(stderr, "bench_app: cannot sign in as %s\n", qPrintable(user));
        return 1;
    }
    ApiClient &client = run.services.client();
    const TokenOwner me = personal(run.services.session());
    std::vector<double> times;
    times.reserve(count);
    for (int i = 0; i < count; ++i) {
        bool ok = false;
        double ms = 0;
        // The result ends the loop itself: spinUntil's 1 ms check would wake this thread a
        // thousand times a second, taking turns on the cores from the network thread and the
        // server it is measuring.
        QEventLoop loop;
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        QElapsedTimer one;
        one.start();
        client.createToken(
            me,
            TokenDraft{
                QStringLiteral("bench-app-%1-%2").arg(QCoreApplication::applicationPid()).arg(i),
                {QStringLiteral("read")},
                QDateTime::currentDateTimeUtc().addDays(30)},
            &run.services,
            [&](const ApiClient::CreatedToken &) {
                ms = double(one.nsecsElapsed()) / 1e6;
                ok = true;
                loop.quit();
            },
            [&](const ApiError &) { loop.quit(); });
        loop.exec();
        if (!ok) {
            std::fprintf(stderr, "bench_app: create %d failed\n", i);
            return 1;
        }
        times.push_back(ms);
    }
    // The median, as for curl's: a WAL checkpoint or a neighbour's burst in one round trip
    // would otherwise move the whole figure.
    std::sort(times.begin(), times.end());
    std::fprintf(stderr,
                 "bench_app: create round trips: min %.3f, p10 %.3f, median %.3f, p90 %.3f ms\n",
                 times.front(), times[times.size() / 10], times[times.size() / 2],
                 times[times.size() * 9 / 10]);
    measure("app.create_round_trip", times[times.size() / 2], "ms");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args[1] == QLatin1String("tokens"))
        return benchTokens(QUrl(args[2]), args[3], args[4]);
    if (args.size() == 5 && args[1] == QLatin1String("create"))
        return benchCreate(QUrl(args[2]), args[3], args[4].toInt());
    std::fprintf(stderr, "usage: bench_app tokens URL SMALL_USER BIG_USER | create URL USER N\n");
    return 2;
}
