#include "KeychainStore.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

// One caller's request: waits in the store's queue, then runs as one QtKeychain job. It
// delivers at most one outcome, and lives on after that until its job is gone, so the copy of
// the secret it shares with the job can be wiped once nobody else holds it.
class KeychainStore::Request : public QObject
{
public:
    Request(Operation operation, const QString &key, QObject *context, KeychainStore *store)
        : QObject(store), operation(operation), key(key), context(context),
          hasContext(context != nullptr)
    {}
    ~Request() override { SecureBuffer::wipe(jobBytes); }
    Q_DISABLE_COPY(Request)

    void succeed()
    {
        Done callback = close() ? std::move(done) : Done();
        if (callback)
            callback();
    }
    void succeedRead(const SecureBuffer &secret)
    {
        ReadDone callback = close() ? std::move(readDone) : ReadDone();
        if (callback)
            callback(secret);
    }
    void fail(const QString &error, bool notFound = false)
    {
        ReadFailed callback = close() ? std::move(failed) : ReadFailed();
        if (callback)
            callback(error, notFound);
    }
    // Ends the request for its caller without a word (the caller's context is gone).
    void abandon() { close(); }
    bool isClosed() const { return closed; }

    void jobGone()
    {
        jobAlive = false;
        SecureBuffer::wipe(jobBytes); // only now is our array no longer shared with the job
        jobBytes.clear();
        deleteWhenIdle();
    }

    const Operation operation;
    const QString key;
    SecureBuffer payload; // the secret to write, until it is handed to the job
    // Shares the bytes of the job's own copy of the secret (written or read).
    QByteArray jobBytes;
    QTimer timer;
    bool jobAlive = false;
    bool probe = false; // runs even while the keychain is not answering
    Done done;
    ReadDone readDone;
    ReadFailed failed;

private:
    // True when the callback may run. Deletion is scheduled before any callback runs, because a
    // callback may delete the store (and with it this request) and nothing may touch it after.
    bool close()
    {
        if (closed)
            return false;
        closed = true;
        timer.stop();
        payload.clear();
        deleteWhenIdle();
        return !(hasContext && !context);
    }
    void deleteWhenIdle()
    {
        if (closed && !jobAlive)
            deleteLater();
    }

    QPointer<QObject> context;
    const bool hasContext;
    bool closed = false;
};

namespace {
bool looksLikeNoService(const QString &detail)
{
    // QtKeychain flattens libsecret's D-Bus errors into OtherError with the message, so the
    // message is all there is to tell "nobody provides the Secret Service" from other trouble.
    static const QLatin1String hints[] = {QLatin1String("org.freedesktop.secrets"),
                                          QLatin1String("ServiceUnknown"), QLatin1String("D-Bus"),
                                          QLatin1String("DBus"), QLatin1String("autolaunch")};
    for (const QLatin1String &hint : hints) {
        if (detail.contains(hint, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString describeFailure(QKeychain::Error error, const QString &detail)
{
    const QString noService = KeychainStore::tr("No system keychain (Secret Service) is running");
    QString summary;
    switch (error) {
    case QKeychain::NoBackendAvailable:
        summary = noService;
        break;
    case QKeychain::AccessDenied:
        summary = KeychainStore::tr("The system keychain is locked or refused access");
        break;
    case QKeychain::AccessDeniedByUser:
        summary = KeychainStore::tr("Access to the system keychain was denied");
        break;
    case QKeychain::CouldNotDeleteEntry:
        summary = KeychainStore::tr("The system keychain could not delete the entry");
        break;
    default:
        summary = looksLikeNoService(detail)
                      ? noService
                      : KeychainStore::tr("The system keychain reported an error");
        break;
    }
    if (detail.trimmed().isEmpty())
        return KeychainStore::tr("%1.").arg(summary);
    return KeychainStore::tr("%1: %2").arg(summary, detail.trimmed());
}
} // namespace

KeychainStore::KeychainStore(QObject *parent) : SecretStore(parent) {}

KeychainStore::~KeychainStore()
{
    // Requests go before our members do: ~QObject would delete them later, and a request whose
    // context is this store would then reach into members that no longer exist. Running
    // QtKeychain jobs are not ours to delete; they finish and delete themselves.
    m_waiting.clear();
    const QObjectList kids = children();
    for (QObject *kid : kids)
        delete dynamic_cast<Request *>(kid);
}

QString KeychainStore::serviceName()
{
    return QStringLiteral("TokenDesk");
}

QString KeychainStore::probeKey()
{
    return QStringLiteral("tokendesk-probe");
}

void KeychainStore::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(1, ms);
}

void KeychainStore::probe(QObject *context, ProbeDone done)
{
    // The steps run with no caller context: the answer updates the store's state even if the
    // caller is gone. Only the final callback depends on the caller's context.
    const QPointer<QObject> caller(context);
    const bool hasCaller = context != nullptr;
    auto finish = [this, caller, hasCaller, done](bool available, const QString &reason) {
        setAvailability(available, reason);
        if (done && !(hasCaller && !caller))
            done(available, reason);
    };
    // A lookup of an entry that never exists: it needs a working Secret Service but neither
    // creates a keyring nor unlocks one, so the first start does not greet the user with a
    // "choose a password for a new keyring" prompt (a write would). "Not found" is the answer
    // of a keychain that works.
    Request *request = newRequest(Operation::Read, probeKey(), nullptr);
    request->timer.setInterval(qMin(m_timeoutMs, ProbeTimeoutMs));
    request->readDone = [finish](const SecureBuffer &) {
        finish(true, QString());
    };
    request->failed = [finish](const QString &error, bool notFound) {
        finish(notFound, notFound ? QString() : error);
    };
    enqueue(request, true);
}

void KeychainStore::write(const QString &key, const SecureBuffer &secret, QObject *context,
                          Done done, Failed failed)
{
    Request *request = newRequest(Operation::Write, key, context);
    request->payload = secret.clone();
    request->done = std::move(done);
    request->failed = [failed = std::move(failed)](const QString &error, bool) {
        if (failed)
            failed(error);
    };
    enqueue(request);
}

void KeychainStore::read(const QString &key, QObject *context, ReadDone done, ReadFailed failed)
{
    Request *request = newRequest(Operation::Read, key, context);
    request->readDone = std::move(done);
    request->failed = std::move(failed);
    enqueue(request);
}

void KeychainStore::remove(const QString &key, QObject *context, Done done, Failed failed)
{
    Request *request = newRequest(Operation::Remove, key, context);
    request->done = std::move(done);
    request->failed = [failed = std::move(failed)](const QString &error, bool) {
        if (failed)
            failed(error);
    };
    enqueue(request);
}

KeychainStore::Request *KeychainStore::newRequest(Operation operation, const QString &key,
                                                  QObject *context)
{
    auto *request = new Request(operation, key, context, this);
    request->timer.setSingleShot(true);
    request->timer.setInterval(m_timeoutMs);
    connect(&request->timer, &QTimer::timeout, this, [this, request] { onTimeout(request); });
    if (context) {
        connect(context, &QObject::destroyed, request,
                [this, request] { onContextDestroyed(request); });
    }
    return request;
}

void KeychainStore::enqueue(Request *request, bool probe)
{
    request->probe = probe;
    if (isNotAnswering() && !probe) {
        // Fails at once, but not inside the caller's call.
        QTimer::singleShot(0, request,
                           [request, reason = unavailableReason()] { request->fail(reason); });
        return;
    }
    m_waiting.append(request);
    request->timer.start();
    // Starting only schedules the job (QtKeychain queues its start), so no callback can run
    // before the caller's call returns.
    startNext();
}

void KeychainStore::startNext()
{
    if (m_running || m_waiting.isEmpty())
        return;
    Request *request = m_waiting.takeFirst();

    // No parent: a job must outlive a timeout and even this store, because libsecret calls back
    // into it when the keychain finally answers. It deletes itself after finishing.
    QKeychain::Job *job = nullptr;
    switch (request->operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(serviceName());
        request->jobBytes = QByteArray(request->payload.data(), request->payload.size());
        writeJob->setBinaryData(request->jobBytes);
        request->payload.clear();
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    job->setAutoDelete(true);
    // Never fall back to a plain-text file when there is no keychain.
    job->setInsecureFallback(false);
    job->setKey(request->key);
    request->jobAlive = true;
    m_running = job;
    connect(job, &QKeychain::Job::finished, this,
            [this, request](QKeychain::Job *finished) { onJobFinished(finished, request); });
    connect(job, &QObject::destroyed, request, [request] { request->jobGone(); });
    job->start();
}

void KeychainStore::onJobFinished(QKeychain::Job *job, Request *request)
{
    if (m_running == job)
        m_running = nullptr;
    // The keychain answered a probe that is still waiting for it: it is back. (A late answer to
    // a request that timed out does not count: the user asks for a new check.)
    if (request->probe && !request->isClosed())
        setNotAnswering(false);
    const QKeychain::Error error = job->error();
    const QString detail = job->errorString();
    SecureBuffer secret;
    if (request->operation == Operation::Read && error == QKeychain::NoError) {
        request->jobBytes = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
        secret = SecureBuffer(request->jobBytes);
    }
    // The next job starts before the callback runs: the callback may delete this store.
    startNext();

    if (error == QKeychain::NoError) {
        if (request->operation == Operation::Read)
            request->succeedRead(secret);
        else
            request->succeed();
    } else if (error == QKeychain::EntryNotFound && request->operation == Operation::Remove) {
        request->succeed(); // already gone is what the caller wanted
    } else if (error == QKeychain::EntryNotFound) {
        request->fail(
            tr("Nothing is stored in the system keychain under \"%1\".").arg(request->key), true);
    } else {
        request->fail(describeFailure(error, detail));
    }
}

void KeychainStore::onTimeout(Request *request)
{
    // Still queued: it never reaches the keychain. Running: QtKeychain cannot cancel it; its
    // outcome will be ignored when it comes (the request is closed by then).
    m_waiting.removeOne(request);
    // Nothing behind it can run before it, so nothing waits any longer: the keychain is
    // unavailable until a probe gets an answer. The state changes before any caller hears of
    // it, so that what they show next already agrees.
    const QString reason = notAnsweringReason(request->timer.interval());
    QList<QPointer<Request>> queued;
    for (Request *waiting : std::as_const(m_waiting)) {
        if (!waiting->probe)
            queued.append(waiting);
    }
    for (const QPointer<Request> &waiting : std::as_const(queued))
        m_waiting.removeOne(waiting.data());
    // Listeners and callbacks may delete this store, and with it the requests: the pointers
    // say so.
    const QPointer<Request> timedOut(request);
    setNotAnswering(true, reason);
    if (timedOut)
        timedOut->fail(reason);
    for (const QPointer<Request> &waiting : std::as_const(queued)) {
        if (waiting)
            waiting->fail(reason);
    }
}

void KeychainStore::onContextDestroyed(Request *request)
{
    m_waiting.removeOne(request);
    request->abandon();
}
