#pragma once

#include <QRandomGenerator>

#include <array>
#include <random>

// The engine's randomness per message (tokens, the ACK timeout's jitter): a Mersenne Twister
// seeded from the system's generator, as QRandomGenerator::global() is, but owned by one object
// and drawn inline: global() takes a lock and an out-of-line call per draw, which showed in the
// profile of every exchange.
class CoapRandom
{
public:
    CoapRandom()
    {
        std::array<quint32, 16> seed;
        QRandomGenerator::system()->fillRange(seed.data(), qsizetype(seed.size()));
        std::seed_seq sequence(seed.begin(), seed.end());
        m_engine.seed(sequence);
    }
    quint64 next64() { return m_engine(); }
    // Uniform in [0, 1).
    double nextDouble() { return double(m_engine() >> 11) * 0x1.0p-53; }

private:
    std::mt19937_64 m_engine;
};
