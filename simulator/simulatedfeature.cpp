#include "simulatedfeature.h"

#include "simulateddevice.h"

SimulatedFeature::SimulatedFeature(SimulatedDevice *device) : QObject(device), m_device(device) {}

CoapServer *SimulatedFeature::server() const
{
    return m_device->server();
}
