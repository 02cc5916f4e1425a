#pragma once

#include "simulatedfeature.h"

// /diag/selftest: a GET that takes about two seconds to answer, as a device that has to measure
// something first. The server acknowledges the CON at once with an empty ACK and sends the result
// later as a separate response (RFC 7252 §5.2.2).
class SelfTest : public SimulatedFeature
{
    Q_OBJECT
public:
    static inline const QString kPath = QStringLiteral("/diag/selftest");
    static constexpr int kDurationMs = 2000;

    explicit SelfTest(SimulatedDevice *device);
    void install(CoapServer &server) override;
    int runs() const { return m_runs; }

private:
    int m_runs = 0;
};
