// SPDX-License-Identifier: Apache-2.0
#include "commandcontext.h"
#include "commandline.h"

namespace Runbench::App {

using namespace Models;

namespace {

// The settings a user may change from the command line; none of them is ever a secret.
const QMap<QString, QString> kKnownSettings = {
    {QStringLiteral("python"),
     QStringLiteral("Python interpreter for local runs (default: python3).")},
};

Result<QString> knownKey(const QString &key)
{
    if (kKnownSettings.contains(key))
        return key;
    return Error{QStringLiteral("Unknown setting '%1'; known settings: %2.")
                     .arg(key, QStringList(kKnownSettings.keys()).join(QLatin1String(", ")))};
}

int getSetting(CommandContext &ctx)
{
    const auto key = knownKey(ctx.args().positionalArguments().first());
    if (!key)
        return CommandContext::fail(key.error());
    auto store = ctx.store();
    if (!store)
        return CommandContext::fail(store.error());
    const auto value = (*store)->setting(*key);
    if (!value)
        return CommandContext::fail(value.error());
    ctx.out().line(value->value_or(QString()));
    return 0;
}

int setSetting(CommandContext &ctx)
{
    const QStringList args = ctx.args().positionalArguments();
    const auto key = knownKey(args.first());
    if (!key)
        return CommandContext::fail(key.error());
    auto store = ctx.store();
    if (!store)
        return CommandContext::fail(store.error());
    if (Status saved = (*store)->setSetting(*key, args.at(1)); !saved)
        return CommandContext::fail(saved.error());
    return 0;
}

} // namespace

QList<Command> settingCommands()
{
    QString help = QStringLiteral("Read a setting (");
    help += QStringList(kKnownSettings.keys()).join(QLatin1String(", ")) + QLatin1Char(')');
    return {
        {QStringLiteral("setting"),
         QStringLiteral("get"),
         help + QLatin1Char('.'),
         {QStringLiteral("KEY")},
         {},
         getSetting},
        {QStringLiteral("setting"),
         QStringLiteral("set"),
         QStringLiteral("Change a setting (never a secret)."),
         {QStringLiteral("KEY"), QStringLiteral("VALUE")},
         {},
         setSetting},
    };
}

} // namespace Runbench::App
