// The floor of a Block2 download from a given server: the least whole-process time that any
// client can take on this machine (issue 14 item 2). A plain C++ program, no Qt and no CoAP
// library: one blocking UDP socket, a CON GET with Block2 (NUM, M=0, SZX) per block, a blocking
// receive of the answer, the M bit read from its Block2 option, the payload neither kept nor
// written. Two system calls per block (sendto, recv), against 3 for coap-explorer-cli and 7.5 for
// coap-client-notls; it parses only what it must. What it takes per block is the server's time
// plus the kernel's round trip, which no client can go below.
//
//   block2_floor HOST-IPv4 PORT PATH SZX   prints the number of bytes received; exit 0 when the
//                                          last block (M=0) came, 1 on a timeout (1 s) or an error
//                                          response, 2 on bad arguments.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>

namespace {

// Writes one option's header (delta and length, each < 269) and its value; returns the new end.
uint8_t *putOption(uint8_t *out, unsigned delta, const uint8_t *value, unsigned length)
{
    auto nibble = [](unsigned n) { return n < 13 ? n : 13u; };
    *out++ = uint8_t(nibble(delta) << 4 | nibble(length));
    if (delta >= 13)
        *out++ = uint8_t(delta - 13);
    if (length >= 13)
        *out++ = uint8_t(length - 13);
    std::memcpy(out, value, length);
    return out + length;
}

// A response's Block2 option (number 23; -1 if it has none or the message is malformed) and the
// size of its payload.
struct Parsed {
    long block2 = -1;
    size_t payload = 0;
};

Parsed parse(const uint8_t *msg, size_t size)
{
    Parsed parsed;
    if (size < 4)
        return parsed;
    size_t i = 4 + (msg[0] & 0x0f);
    unsigned number = 0;
    while (i < size && msg[i] != 0xff) {
        unsigned delta = msg[i] >> 4, length = msg[i] & 0x0f;
        ++i;
        for (unsigned *field : {&delta, &length}) {
            if (*field == 13) {
                if (i >= size)
                    return {};
                *field = 13 + msg[i++];
            } else if (*field == 14) {
                if (i + 1 >= size)
                    return {};
                *field = 269 + (unsigned(msg[i]) << 8 | msg[i + 1]);
                i += 2;
            } else if (*field == 15) {
                return {};
            }
        }
        number += delta;
        if (i + length > size)
            return {};
        if (number == 23) {
            parsed.block2 = 0;
            for (unsigned k = 0; k < length; ++k)
                parsed.block2 = parsed.block2 << 8 | msg[i + k];
        }
        i += length;
    }
    if (i < size)
        parsed.payload = size - i - 1;
    return parsed;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 5) {
        std::fprintf(stderr, "usage: block2_floor HOST-IPv4 PORT PATH SZX\n");
        return 2;
    }
    sockaddr_in server{};
    server.sin_family = AF_INET;
    server.sin_port = htons(uint16_t(std::atoi(argv[2])));
    const char *path = argv[3];
    const unsigned szx = unsigned(std::atoi(argv[4]));
    if (inet_pton(AF_INET, argv[1], &server.sin_addr) != 1 || szx > 6 || std::strlen(path) > 200) {
        std::fprintf(stderr, "block2_floor: bad arguments\n");
        return 2;
    }
    const int fd = socket(AF_INET, SOCK_DGRAM, 0);
    timeval timeout{1, 0};
    if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout) != 0
        || connect(fd, reinterpret_cast<sockaddr *>(&server), sizeof server) != 0) {
        std::perror("block2_floor");
        return 1;
    }
    uint8_t request[256];
    uint8_t response[2048];
    uint16_t mid = uint16_t(getpid());
    unsigned long received = 0;
    for (unsigned long num = 0;; ++num) {
        ++mid;
        uint8_t *out = request;
        *out++ = 0x41; // version 1, CON, token length 1
        *out++ = 0x01; // GET
        *out++ = uint8_t(mid >> 8);
        *out++ = uint8_t(mid);
        *out++ = 0x42; // token
        unsigned previous = 0;
        for (const char *segment = path; *segment;) {
            while (*segment == '/')
                ++segment;
            const char *end = std::strchr(segment, '/');
            const size_t length = end ? size_t(end - segment) : std::strlen(segment);
            if (length > 0) {
                out = putOption(out, 11 - previous, reinterpret_cast<const uint8_t *>(segment), unsigned(length));
                previous = 11;
            }
            segment += length;
        }
        const unsigned long block = num << 4 | szx;
        uint8_t value[3];
        unsigned length = block < 0x100 ? 1 : block < 0x10000 ? 2 : 3;
        for (unsigned k = 0; k < length; ++k)
            value[k] = uint8_t(block >> (8 * (length - 1 - k)));
        if (block == 0)
            length = 0;
        out = putOption(out, 23 - previous, value, length);
        if (send(fd, request, size_t(out - request), 0) < 0) {
            std::perror("block2_floor: send");
            return 1;
        }
        long got;
        do {
            got = recv(fd, response, sizeof response, 0);
            if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                std::fprintf(stderr, "block2_floor: no answer to block %lu within 1 s\n", num);
                return 1;
            }
            if (got < 0) {
                std::perror("block2_floor: receive");
                return 1;
            }
        } while (got < 4 || response[2] != uint8_t(mid >> 8) || response[3] != uint8_t(mid));
        if (response[1] != 0x45) { // 2.05 Content
            std::fprintf(stderr, "block2_floor: response code %u.%02u to block %lu\n",
                         response[1] >> 5, response[1] & 0x1f, num);
            return 1;
        }
        const Parsed parsed = parse(response, size_t(got));
        received += parsed.payload;
        if (parsed.block2 < 0 || !(parsed.block2 & 0x08))
            break;
    }
    std::printf("%lu\n", received);
    return 0;
}
