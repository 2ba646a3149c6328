#include "TeamCommand.h"

#include "AccountSession.h"
#include "AppServices.h"
#include "CliContext.h"
#include "CliOutput.h"
#include "CommandLine.h"
#include "EventListModel.h"
#include "ExitCode.h"
#include "TokenEvent.h"
#include "TokenSelection.h"

#include <QJsonArray>
#include <QJsonObject>

void TeamCommand::start()
{
    const bool teams = m_context.line.command().name == QLatin1String("team list");
    signIn([this, teams] { teams ? listTeams() : activity(); });
}

void TeamCommand::listTeams()
{
    const QList<Team> teams = m_context.services.session().teams();
    if (m_context.json()) {
        QJsonArray array;
        for (const Team &team : teams)
            array.append(team.toJson());
        m_context.output.json(QJsonObject{{QStringLiteral("teams"), array}});
        return finish(ExitCode::Ok);
    }
    if (teams.isEmpty()) {
        m_context.output.err(tr("You are in no team."));
        return finish(ExitCode::Ok);
    }
    QList<QStringList> rows;
    for (const Team &team : teams)
        rows.append({team.name, Team::roleName(team.role), team.id});
    m_context.output.table({tr("TEAM"), tr("ROLE"), tr("ID")}, rows);
    finish(ExitCode::Ok);
}

void TeamCommand::activity()
{
    AccountSession &session = m_context.services.session();
    const QString team = m_context.line.value(QStringLiteral("team"));
    const std::optional<TokenOwner> owner = TokenSelection::ownerNamed(session.owners(), team);
    if (!owner)
        return fail(ExitCode::NotFound, tr("You are not in a team \"%1\".").arg(team));
    m_events = new EventListModel(session, *owner, this);
    connect(m_events, &EventListModel::failed, this,
            [this](const QString &message) { fail(ExitCode::Failed, message); });
    connect(m_events, &EventListModel::loadingChanged, this, [this](bool loading) {
        if (!loading && m_events->isLoaded())
            printEvents();
    });
    m_events->reload();
}

void TeamCommand::printEvents()
{
    const int rows = m_events->rowCount();
    if (m_context.json()) {
        QJsonArray array;
        for (int row = 0; row < rows; ++row)
            array.append(m_events->eventAt(row)->toJson());
        m_context.output.json(QJsonObject{{QStringLiteral("events"), array}});
        return finish(ExitCode::Ok);
    }
    QList<QStringList> table;
    for (int row = 0; row < rows; ++row) {
        const TokenEvent *event = m_events->eventAt(row);
        QStringList cells{m_context.time(event->at)};
        for (int column = EventListModel::ActionColumn; column < EventListModel::ColumnCount;
             ++column)
            cells.append(m_events->index(row, column).data().toString());
        table.append(cells);
    }
    QStringList headers;
    for (int column = 0; column < EventListModel::ColumnCount; ++column)
        headers.append(m_events->headerData(column, Qt::Horizontal).toString().toUpper());
    if (table.isEmpty())
        m_context.output.err(tr("No activity yet."));
    else
        m_context.output.table(headers, table);
    finish(ExitCode::Ok);
}
