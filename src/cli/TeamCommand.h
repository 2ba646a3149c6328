#pragma once

#include "CliCommand.h"

class EventListModel;

// team list (the user's teams and roles) and activity [--team T] (the first page of the log).
class TeamCommand : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;
    void start() override;

private:
    void listTeams();
    void activity();
    void printEvents();

    EventListModel *m_events = nullptr;
};
