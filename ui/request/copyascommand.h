#pragma once

#include "coapcommandline.h"

#include <QObject>

#include <functional>
#include <optional>

class QMenu;
class QWidget;

// "Copy as" (issue 15): a request as a coap-client, aiocoap-client, coap-explorer-cli or curl
// command on the clipboard. The strings come from CoapCommandLineBuilder (protocol/); what a tool
// cannot express is added below the command as shell comments, in the user's language.
class CopyAsCommand : public QObject
{
    Q_OBJECT
public:
    using RequestSource = std::function<std::optional<CoapCommandRequest>()>;

    using GatewaySource = std::function<QString()>;

    // Adds one action per tool to menu; each asks source for the request when triggered (nothing
    // is copied when it returns std::nullopt, e.g. a form with a bad URI that explains itself).
    // gateway, when set, names the HTTP gateway curl goes through (empty: the request's default,
    // that of `coap-explorer-cli http-gateway`).
    static void fillMenu(QMenu *menu, const RequestSource &source, const GatewaySource &gateway = {});
    // The text put on the clipboard: the command, then one "# …" line per note.
    static QString clipboardText(CoapCommandTool tool, const CoapCommandRequest &request);
    static QString noteText(const CoapCommandNote &note);
    static QString toolLabel(CoapCommandTool tool); // "&coap-client command (libcoap)"
    // The request a logged datagram carried, for the log's context menu; std::nullopt when it is
    // not a request. A peer on port 5684 is taken for coaps.
    static std::optional<CoapCommandRequest> fromDatagram(const CoapMessage &message, const CoapEndpoint &peer);
};
