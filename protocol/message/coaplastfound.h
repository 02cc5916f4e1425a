#pragma once

#include <utility>

// The entry of a QHash found last, or that the key looked up last is absent, kept until the table
// changes: a hot path that looks up one key several times (a request's deduplication entry, the
// peer of an exchange) pays for one hash look-up, also when the key is new (a new request is
// looked up as a duplicate, then for an earlier entry, then inserted). Every insertion into the
// table and every removal from it goes through insert() or erase() here, or calls changed()
// first: no QHash iterator survives either, so a stale entry or a stale "absent" is never handed
// out.
template <typename Hash>
class CoapLastFound
{
public:
    using Iterator = typename Hash::iterator;
    using Key = typename Hash::key_type;

    // hash.find(key), from memory when key is the one looked up last.
    Iterator find(Hash &hash, const Key &key)
    {
        if (m_valid && m_key == key)
            return m_it;
        const Iterator it = hash.find(key);
        remember(it, key); // end() too: absent stays absent until insert() or erase()
        return it;
    }
    template <typename Value>
    Iterator insert(Hash &hash, const Key &key, Value &&value)
    {
        const Iterator it = hash.insert(key, std::forward<Value>(value));
        remember(it, key);
        return it;
    }
    Iterator erase(Hash &hash, Iterator it)
    {
        m_valid = false;
        return hash.erase(it);
    }
    void changed() { m_valid = false; }

private:
    void remember(Iterator it, const Key &key)
    {
        m_it = it;
        m_key = key;
        m_valid = true;
    }

    Iterator m_it;
    Key m_key{};
    bool m_valid = false;
};
