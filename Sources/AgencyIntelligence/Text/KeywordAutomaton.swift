/// A multi-keyword substring matcher (Aho–Corasick over folded UTF-8 bytes) that reports
/// which keyword groups occur in a text in one pass.
///
/// Built once from the lower-case keyword tables; matching never allocates, so it is used
/// in the detectors' hot loops (WHAT angles) and by the content feature extractor.
struct KeywordAutomaton: Sendable {
    private let transitions: [Int32]
    private let outputs: [UInt64]
    /// The mask with one bit per group.
    let allGroups: UInt64

    /// An automaton for `groups` (at most 64); a text matches group g when it contains any
    /// keyword of `groups[g]`.
    init(groups: [[String]]) {
        var goto: [[Int32]] = [Array(repeating: -1, count: 256)]
        var output: [UInt64] = [0]
        for (group, keywords) in groups.enumerated() {
            for keyword in keywords {
                var state = 0
                for byte in keyword.utf8 {
                    let next = goto[state][Int(byte)]
                    if next >= 0 {
                        state = Int(next)
                    } else {
                        goto.append(Array(repeating: -1, count: 256))
                        output.append(0)
                        goto[state][Int(byte)] = Int32(goto.count - 1)
                        state = goto.count - 1
                    }
                }
                output[state] |= 1 << UInt64(group)
            }
        }
        var failure = Array(repeating: 0, count: goto.count)
        var table = Array(repeating: Int32(0), count: goto.count * 256)
        var queue: [Int] = []
        for byte in 0..<256 {
            let next = goto[0][byte]
            if next >= 0 {
                table[byte] = next
                failure[Int(next)] = 0
                queue.append(Int(next))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            output[state] |= output[failure[state]]
            for byte in 0..<256 {
                let next = goto[state][byte]
                if next >= 0 {
                    failure[Int(next)] = Int(table[failure[state] * 256 + byte])
                    table[state * 256 + byte] = next
                    queue.append(Int(next))
                } else {
                    table[state * 256 + byte] = table[failure[state] * 256 + byte]
                }
            }
        }
        transitions = table
        outputs = output
        allGroups = groups.count >= 64 ? UInt64.max : (UInt64(1) << UInt64(groups.count)) - 1
    }

    /// The groups (bit g set for group g) with a keyword in `text`, matched case-insensitively
    /// as Python's `keyword in text.lower()`.
    func groups(in text: String) -> UInt64 {
        var state = 0
        var found: UInt64 = 0
        let all = allGroups
        transitions.withUnsafeBufferPointer { table in
            outputs.withUnsafeBufferPointer { out in
                FoldedText.forEachByte(of: text) { byte in
                    guard found != all else { return }
                    state = Int(table[state &* 256 &+ Int(byte)])
                    found |= out[state]
                }
            }
        }
        return found
    }

    /// The groups with a keyword in already-folded `bytes`.
    func groups(inFolded bytes: [UInt8]) -> UInt64 {
        var state = 0
        var found: UInt64 = 0
        for byte in bytes {
            state = Int(transitions[state * 256 + Int(byte)])
            found |= outputs[state]
        }
        return found
    }

    /// The lowest group in `mask`: the first matching entry of an ordered keyword list.
    static func lowestGroup(_ mask: UInt64) -> Int? {
        mask == 0 ? nil : mask.trailingZeroBitCount
    }
}
