#pragma once

#include "models/api/WebhookService.h"

#include <QString>

#include <optional>

// One parsed hookbench-cli command with its options: what CliRunner executes.
// A plain value; the connection (URL, account, token) is not part of it.
struct CliCommand
{
    enum class Name { List, Export, Get, Create, Update, Delete, Test, Events, Profiles };
    enum class Format { Table, Json, Csv };

    Name name = Name::List;
    Format format = Format::Table;
    WebhookState state = WebhookState::All;
    qint64 id = 0; // get, update, delete, test

    // export
    QString outputFile;
    bool byteOrderMark = false;
    bool formulaGuard = true;

    // create and update: only the options given on the command line are set
    std::optional<QString> event;
    std::optional<QString> uri;
    std::optional<QString> webhookName;
    std::optional<QString> description;
    std::optional<QString> mailExceptionsTo;
    std::optional<bool> disabled;
};
