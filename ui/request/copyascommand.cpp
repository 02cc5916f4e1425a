#include "copyascommand.h"

#include "coapoption.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>

QString CopyAsCommand::toolLabel(CoapCommandTool tool)
{
    switch (tool) {
    case CoapCommandTool::LibcoapClient: return tr("&coap-client command (libcoap)");
    case CoapCommandTool::AiocoapClient: return tr("&aiocoap-client command");
    case CoapCommandTool::ExplorerCli: return tr("coap-&explorer-cli command");
    case CoapCommandTool::CurlGateway: return tr("c&url command through the HTTP gateway");
    }
    return {};
}

QString CopyAsCommand::noteText(const CoapCommandNote &note)
{
    switch (note.issue) {
    case CoapCommandIssue::OptionLeftOut: {
        const auto info = coapOptionInfo(note.option);
        const QString name = info ? QString::fromLatin1(info->name) : QString::number(note.option);
        return tr("the option %1 is left out: this tool cannot send it").arg(name);
    }
    case CoapCommandIssue::NonConfirmableLost:
        return tr("sent confirmable (CON): the gateway does not send NON requests");
    case CoapCommandIssue::BlockSizeLeftOut:
        return tr("the block size is left to the gateway");
    case CoapCommandIssue::PayloadThroughPrintf:
        return tr("the payload is binary: printf writes its bytes into the command");
    case CoapCommandIssue::KeyFromEnvironment:
        return tr("set the pre-shared key first: export COAP_EXPLORER_PSK='…'");
    case CoapCommandIssue::CredentialsNeeded:
        return tr("coaps: add this tool's own credential options (certificate or key)");
    case CoapCommandIssue::RetransmissionLeftOut:
        return tr("the retransmission settings (ACK_TIMEOUT, MAX_RETRANSMIT, block retries) are left out: this tool uses its own");
    }
    return {};
}

QString CopyAsCommand::clipboardText(CoapCommandTool tool, const CoapCommandRequest &request)
{
    const CoapCommandLine line = CoapCommandLineBuilder::build(tool, request);
    QString text = line.command;
    for (const CoapCommandNote &note : line.notes)
        text += QStringLiteral("\n# ") + noteText(note);
    return text;
}

void CopyAsCommand::fillMenu(QMenu *menu, const RequestSource &source, const GatewaySource &gateway)
{
    for (CoapCommandTool tool : {CoapCommandTool::LibcoapClient, CoapCommandTool::AiocoapClient,
                                 CoapCommandTool::ExplorerCli, CoapCommandTool::CurlGateway}) {
        QAction *action = menu->addAction(toolLabel(tool));
        action->setData(int(tool));
        QObject::connect(action, &QAction::triggered, menu, [source, gateway, tool] {
            std::optional<CoapCommandRequest> request = source();
            if (!request)
                return;
            if (const QString base = gateway ? gateway() : QString(); !base.isEmpty())
                request->gateway = base;
            QApplication::clipboard()->setText(clipboardText(tool, *request));
        });
    }
}

std::optional<CoapCommandRequest> CopyAsCommand::fromDatagram(const CoapMessage &message, const CoapEndpoint &peer)
{
    if (!message.isRequest() || peer.isNull())
        return std::nullopt;
    CoapCommandRequest request;
    request.uri = CoapUri::fromOptions(message, peer, peer.port() == CoapUri::DefaultSecurePort);
    if (!request.uri.isValid())
        return std::nullopt;
    request.message = message;
    // Block2 in a request asks for a size (RFC 7959 §2.4): keep it as the preferred block size.
    if (const auto block = message.uintOption(CoapOptionNumber::Block2))
        request.blockSzx = int(*block & 7) == 7 ? -1 : int(*block & 7);
    else if (const auto block1 = message.uintOption(CoapOptionNumber::Block1))
        request.blockSzx = int(*block1 & 7) == 7 ? -1 : int(*block1 & 7);
    return request;
}
