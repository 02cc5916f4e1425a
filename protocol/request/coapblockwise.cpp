#include "coapblockwise.h"

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#include <unistd.h>
#endif

static bool isSuccess(const CoapMessage &m) { return CoapCode::isSuccess(m.code()); }

static std::optional<QByteArray> etagOf(const CoapMessage &m)
{
    if (const auto etag = m.option(CoapOptionNumber::ETag))
        return etag->value();
    return std::nullopt;
}

// Makes the whole pages of buffer's bytes [from, to) present and writable in one system call
// (MADV_POPULATE_WRITE, Linux 5.14) instead of one page fault per 4 KiB; page faults are costly in
// virtual machines (about 13 us each on the benchmarks' VM). Only whole pages inside the
// allocation are touched; an older kernel refuses the advice and nothing changes.
static void makePresent(const QByteArray &buffer, qsizetype from, qsizetype to)
{
#if defined(Q_OS_LINUX)
    constexpr int kPopulateWrite = 23; // MADV_POPULATE_WRITE, not yet in every libc's headers
    static const quintptr page = quintptr(sysconf(_SC_PAGESIZE));
    const auto base = quintptr(buffer.constData());
    const auto begin = (base + quintptr(from) + page - 1) & ~(page - 1);
    const auto end = (base + quintptr(to)) & ~(page - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, kPopulateWrite);
#else
    Q_UNUSED(buffer);
    Q_UNUSED(from);
    Q_UNUSED(to);
#endif
}

// ---------------------------------------------------------------------------------------------
// Block2

void CoapBlock2Download::reset(const CoapMessage &base, int szx, bool earlyNegotiated)
{
    m_base = base;
    m_szx = qBound(0, szx, 6);
    m_early = earlyNegotiated;
    m_active = false;
    m_retriedWithoutNegotiation = false;
    m_restarting = false;
    m_etagRestarts = 0;
    m_etag.reset();
    m_buffer.clear();
}

CoapMessage CoapBlock2Download::request(quint32 num, int szx) const
{
    CoapMessage next = m_base;
    next.removeOption(CoapOptionNumber::Observe); // RFC 7959 §2.6: follow-ups are plain requests
    next.removeOption(CoapOptionNumber::Block1);
    next.removeOption(CoapOptionNumber::Size1);
    if (next.code() != CoapCode::Get && next.code() != CoapCode::Fetch)
        next.setPayload({}); // RFC 7959 §3.3: later blocks of a POST's response carry no body
    next.setUintOption(CoapOptionNumber::Block2, CoapBlockValue{num, false, quint8(szx)}.encode());
    return next;
}

CoapBlockStep CoapBlock2Download::next()
{
    CoapBlockStep step;
    step.kind = CoapBlockStep::Kind::Send;
    const int size = 1 << (m_szx + 4);
    step.message = request(quint32(m_buffer.size() / size), m_szx);
    step.bytesDone = m_buffer.size();
    step.bytesTotal = qint64(m_head.uintOption(CoapOptionNumber::Size2).value_or(0));
    if (step.bytesTotal <= 0)
        step.bytesTotal = -1;
    step.progressed = true;
    return step;
}

CoapBlockStep CoapBlock2Download::begin(const CoapMessage &first, const CoapBlockValue &block)
{
    if (first.payload().size() != block.size()) {
        // RFC 7959 §2.2: every block but the last carries exactly its size. A server that read
        // our early negotiation wrongly (node-coap takes a zero-length Block2 as size 0 and sends
        // an empty block with M=1) gets one more chance without it; then it is the peer's error.
        if (m_early && !m_retriedWithoutNegotiation) {
            m_retriedWithoutNegotiation = true;
            m_early = false;
            CoapBlockStep step;
            step.kind = CoapBlockStep::Kind::Send;
            step.message = m_base;
            step.message.removeOption(CoapOptionNumber::Observe);
            step.message.removeOption(CoapOptionNumber::Block2);
            return step;
        }
        return CoapBlockStep::fail(CoapError::ProtocolError, CoapProtocolViolation::ShortBlock);
    }
    m_active = true;
    m_head = first;
    m_etag = etagOf(first);
    m_buffer = first.payload();
    // Size2 (RFC 7959 §4) announces the whole body: one allocation instead of ~log2(blocks)
    // regrowths with a copy each. Only a device's claim: at most 8 MiB is taken on its word.
    constexpr quint64 kMaxReserve = 8 * 1024 * 1024;
    if (const auto size2 = first.uintOption(CoapOptionNumber::Size2); size2 && *size2 > quint64(m_buffer.size()))
        m_buffer.reserve(qsizetype(qMin<quint64>(*size2, qMin<quint64>(quint64(m_maxBody), kMaxReserve))));
    m_szx = qMin<int>(m_szx, block.szx);
    if (!m_early && block.szx > m_szx)
        m_szx = block.szx; // we did not ask: the server's size (RFC 7959 §2.4)
    return next();
}

// Appends a block to the body. The reserved capacity ahead of the body is made present 64 KiB at a
// time, when the body reaches it: the page faults of a download go, and a device whose Size2
// claims more than it sends costs no more than 64 KiB of memory beyond what it sent.
void CoapBlock2Download::append(const QByteArray &payload)
{
    constexpr qsizetype kAhead = 64 * 1024;
    if (m_buffer.constData() != m_presentIn) {
        m_presentIn = m_buffer.constData();
        m_presentTo = m_buffer.size();
    }
    // Where the allocation ends, counted from constData(): capacity() also counts free space in
    // front of the data. A buffer still shared with the first block is copied by append() anyway.
    const qsizetype room = m_buffer.size() + m_buffer.data_ptr().freeSpaceAtEnd();
    const qsizetype end = m_buffer.size() + payload.size();
    if (m_buffer.isDetached() && end > m_presentTo && room > m_presentTo) {
        const qsizetype to = qMin(room, end + kAhead);
        makePresent(m_buffer, qMax(m_presentTo, m_buffer.size()), to);
        m_presentTo = to;
    }
    m_buffer.append(payload);
}

CoapBlockStep CoapBlock2Download::startFrom(const CoapMessage &firstBlock)
{
    m_early = false;
    const auto option = firstBlock.uintOption(CoapOptionNumber::Block2);
    if (!option)
        return CoapBlockStep::fail(CoapError::BlockTransferFailed, CoapProtocolViolation::UnexpectedBlock);
    const CoapBlockValue block = CoapBlockValue::decode(*option);
    if (!block.isValid() || block.num != 0)
        return CoapBlockStep::fail(CoapError::BlockTransferFailed, CoapProtocolViolation::UnexpectedBlock);
    m_szx = block.szx;
    if (!block.more) {
        CoapBlockStep step;
        step.kind = CoapBlockStep::Kind::Complete;
        step.message = firstBlock;
        return step;
    }
    return begin(firstBlock, block);
}

CoapBlockStep CoapBlock2Download::onResponse(const CoapMessage &response)
{
    const auto option = response.uintOption(CoapOptionNumber::Block2);
    if (!option) {
        if (m_active) {
            m_active = false;
            // An error response ends the transfer and the user sees that code; a success without
            // Block2 in the middle of a transfer is the server's error.
            if (!isSuccess(response))
                return CoapBlockStep::pass();
            return CoapBlockStep::fail(CoapError::BlockTransferFailed, CoapProtocolViolation::UnexpectedBlock);
        }
        return CoapBlockStep::pass();
    }
    const CoapBlockValue block = CoapBlockValue::decode(*option);
    if (!isSuccess(response) || !block.isValid()) {
        m_active = false;
        return CoapBlockStep::pass();
    }
    if (!m_active) {
        if (block.num != 0 || !block.more)
            return CoapBlockStep::pass(); // a whole body in one block, or a block asked for on purpose
        return begin(response, block);
    }

    const std::optional<QByteArray> etag = etagOf(response);
    if (m_restarting) {
        if (block.num != 0)
            return CoapBlockStep::fail(CoapError::BlockTransferFailed, CoapProtocolViolation::UnexpectedBlock);
        m_restarting = false;
        m_active = false;
        return begin(response, block); // the new representation's head: ETag, Size2, Content-Format
    }
    if (etag != m_etag) {
        // RFC 7959 §2.4: the representation changed under us. Start again once, then give up.
        if (m_etagRestarts++ >= 1) {
            m_active = false;
            return CoapBlockStep::fail(CoapError::EtagChanged, CoapProtocolViolation::ResourceChanging);
        }
        m_buffer.clear();
        if (block.num == 0) {
            m_active = false;
            return begin(response, block);
        }
        m_restarting = true;
        CoapBlockStep step;
        step.kind = CoapBlockStep::Kind::Send;
        step.message = request(0, m_szx);
        return step;
    }
    if (block.szx > m_szx || block.offset() != quint64(m_buffer.size())) {
        m_active = false; // RFC 7959 §2.4: the server may answer smaller blocks, never larger ones
        return CoapBlockStep::fail(CoapError::BlockTransferFailed, CoapProtocolViolation::UnexpectedBlock);
    }
    const int size = block.size();
    if ((block.more && response.payload().size() != size) || response.payload().size() > size) {
        m_active = false; // RFC 7959 §2.2: a block with M=1 has exactly its size
        return CoapBlockStep::fail(CoapError::ProtocolError, CoapProtocolViolation::ShortBlock);
    }
    if (m_buffer.size() + response.payload().size() > m_maxBody) {
        m_active = false;
        return CoapBlockStep::fail(CoapError::BlockTransferFailed, CoapProtocolViolation::BodyTooLarge);
    }
    append(response.payload());
    m_szx = block.szx;
    if (block.more)
        return next();

    CoapBlockStep step;
    step.kind = CoapBlockStep::Kind::Complete;
    step.message = m_head; // the head's options (Content-Format, ETag, Size2, Observe)
    step.message.setCode(response.code());
    step.message.setPayload(m_buffer);
    step.message.setOption(CoapOption::fromUint(CoapOptionNumber::Block2, *option));
    step.bytesDone = step.bytesTotal = m_buffer.size();
    step.progressed = true;
    m_active = false;
    m_buffer.clear();
    return step;
}

// ---------------------------------------------------------------------------------------------
// Block1

CoapMessage CoapBlock1Upload::block(qint64 offset, int szx)
{
    const int size = 1 << (szx + 4);
    m_szx = szx;
    m_offset = offset;
    const bool more = offset + size < m_body.size();
    CoapMessage next = m_base;
    next.setPayload(m_body.mid(offset, size));
    next.setUintOption(CoapOptionNumber::Block1, CoapBlockValue{quint32(offset / size), more, quint8(szx)}.encode());
    if (offset == 0)
        next.setUintOption(CoapOptionNumber::Size1, quint64(m_body.size()));
    else
        next.removeOption(CoapOptionNumber::Size1);
    return next;
}

CoapMessage CoapBlock1Upload::begin(const CoapMessage &request, int szx)
{
    m_base = request;
    m_body = request.payload();
    m_szx = qBound(0, szx, 6);
    m_offset = 0;
    m_renegotiations = 0;
    m_active = m_body.size() > (1 << (m_szx + 4));
    // RFC 7959 §2.5: a body larger than one block goes in Block1 blocks, Size1 announces it.
    return m_active ? block(0, m_szx) : request;
}

CoapBlockStep CoapBlock1Upload::onTooLargeWhole(const CoapMessage &request, const CoapMessage &response)
{
    // RFC 7959 §2.9.3: a request sent whole that the server finds too large may go in blocks.
    const QByteArray body = request.payload();
    if (m_active || body.size() <= 16 || request.hasOption(CoapOptionNumber::Block1))
        return CoapBlockStep::pass();
    // RFC 7959 §4: Size1 in a 4.13 is the largest body the server takes, not a block size.
    if (const auto size1 = response.uintOption(CoapOptionNumber::Size1); size1 && quint64(body.size()) > *size1)
        return CoapBlockStep::pass();
    int szx = 6;
    if (const auto b = response.uintOption(CoapOptionNumber::Block1))
        szx = qMin<int>(szx, CoapBlockValue::decode(*b).szx);
    while (szx > 0 && (1 << (szx + 4)) >= body.size())
        --szx;
    m_base = request;
    m_body = body;
    m_active = true;
    m_renegotiations = 1;
    CoapBlockStep step;
    step.kind = CoapBlockStep::Kind::Send;
    step.message = block(0, qMin(szx, 6));
    step.bytesDone = 0;
    step.bytesTotal = body.size();
    return step;
}

CoapBlockStep CoapBlock1Upload::onResponse(const CoapMessage &response)
{
    if (!m_active)
        return CoapBlockStep::pass();
    const auto serverBlock = response.uintOption(CoapOptionNumber::Block1);
    const int oldSize = 1 << (m_szx + 4);
    if (response.code() == CoapCode::Continue) {
        // RFC 7959 §2.3: the server may ask for smaller blocks; continue from the bytes sent so far.
        int szx = m_szx;
        if (serverBlock) {
            const CoapBlockValue b = CoapBlockValue::decode(*serverBlock);
            if (!b.isValid() || b.num != quint32(m_offset / oldSize)) {
                m_active = false;
                return CoapBlockStep::fail(CoapError::BlockTransferFailed, CoapProtocolViolation::UnexpectedBlock);
            }
            szx = qMin<int>(szx, b.szx);
        }
        const qint64 next = m_offset + oldSize;
        if (next >= m_body.size()) {
            m_active = false; // "continue" after the last block
            return CoapBlockStep::fail(CoapError::BlockTransferFailed, CoapProtocolViolation::UnexpectedBlock);
        }
        CoapBlockStep step;
        step.kind = CoapBlockStep::Kind::Send;
        step.message = block(next, szx);
        step.bytesDone = next;
        step.bytesTotal = m_body.size();
        step.progressed = true;
        return step;
    }
    if (response.code() == CoapCode::RequestEntityTooLarge) {
        // RFC 7959 §4: Size1 is the largest body the server takes: when ours is larger, no block
        // size helps, and the 4.13 is the answer the user sees.
        if (const auto size1 = response.uintOption(CoapOptionNumber::Size1); size1 && quint64(m_body.size()) > *size1) {
            m_active = false;
            return CoapBlockStep::pass();
        }
        // RFC 7959 §2.9.3: start again with a smaller block (the server's, when it names one).
        int szx = m_szx - 1;
        if (serverBlock)
            szx = qMin(szx, int(CoapBlockValue::decode(*serverBlock).szx));
        if (szx < 0 || ++m_renegotiations > kMaxRenegotiations) {
            m_active = false;
            return CoapBlockStep::pass();
        }
        CoapBlockStep step;
        step.kind = CoapBlockStep::Kind::Send;
        step.message = block(0, szx);
        step.bytesDone = 0;
        step.bytesTotal = m_body.size();
        return step;
    }
    // The final response (success or error) ends the Block1 phase.
    m_active = false;
    CoapBlockStep step = CoapBlockStep::pass();
    if (CoapCode::isSuccess(response.code())) {
        step.bytesDone = step.bytesTotal = m_body.size();
        step.progressed = true;
    }
    return step;
}
