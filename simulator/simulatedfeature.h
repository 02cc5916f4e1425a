#pragma once

#include <QObject>

class CoapServer;
class SimulatedDevice;

// One capability of a simulated device (a temperature sensor, a switch, the configuration, …): it
// adds its resources to the device's server and runs its own dynamics. A device is a name and a
// few features; the gateway simply has more of them.
class SimulatedFeature : public QObject
{
    Q_OBJECT
public:
    // The feature is a child of the device and lives as long as it.
    explicit SimulatedFeature(SimulatedDevice *device);
    ~SimulatedFeature() override = default;

    SimulatedDevice *device() const { return m_device; }
    CoapServer *server() const;

    // Adds the resources, with their /.well-known/core description (RFC 6690).
    virtual void install(CoapServer &server) = 0;
    // Values start and stop moving with the device.
    virtual void start() {}
    virtual void stop() {}

private:
    SimulatedDevice *m_device;
};
