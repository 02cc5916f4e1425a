#include "selftest.h"

#include "coapserver.h"
#include "sensorpayload.h"

#include <QElapsedTimer>
#include <QTimer>

SelfTest::SelfTest(SimulatedDevice *device) : SimulatedFeature(device) {}

void SelfTest::install(CoapServer &server)
{
    server.addResource(kPath)
            .setTitle(QStringLiteral("Self-test (answers after 2 s)"))
            .setResourceType(QStringLiteral("selftest"))
            .setInterface(QStringLiteral("core.rp"))
            .setContentFormats({CoapContentFormat::TextPlain})
            .on(CoapCode::Get, [this](const CoapServerRequest &request, const CoapResponder &responder) {
                const QList<int> formats = {CoapContentFormat::TextPlain};
                if (!SensorPayload::negotiate(request, formats))
                    return SensorPayload::respondNotAcceptable(responder, request, formats);
                ++m_runs;
                QElapsedTimer took;
                took.start();
                // Context this: a device that is gone answers nothing (the responder would not
                // either, but the timer should not outlive it).
                QTimer::singleShot(kDurationMs, this, [responder, took] {
                    responder.respond(CoapCode::Content,
                                      QStringLiteral("self-test passed: sensors ok, memory ok, radio ok (%1 s)")
                                              .arg(double(took.elapsed()) / 1000.0, 0, 'f', 1).toUtf8(),
                                      CoapContentFormat::TextPlain);
                });
            });
}
