/// A multi-keyword substring matcher (Aho–Corasick over UTF-8 bytes) that reports which
/// keyword groups occur in a text in one pass, case-insensitively.
///
/// Built once from the lower-case keyword tables. Bytes map to a few symbol classes (ASCII
/// upper case shares its lower-case class), so the transition table stays in L1 and the scan
/// is two lookups per byte without allocation; it is used
/// in the detectors' hot loops (WHAT angles) and by the content feature extractor. The scan
/// equals Python's `keyword in text.lower()` for ASCII keywords: besides ASCII letters, the
/// only characters whose lower case contains ASCII are U+0130 "İ" (→ "i" + U+0307) and U+212A
/// KELVIN SIGN (→ "k"), handled explicitly; every other non-ASCII byte cannot be part of a
/// keyword and resets the match.
struct KeywordAutomaton: Sendable {
    /// Byte → symbol class (0 = a byte no keyword contains; 'A'…'Z' share 'a'…'z''s class).
    private let classes: [UInt8]
    /// Transition table, `state << shift | class`.
    private let transitions: [UInt16]
    private let outputs: [UInt64]
    private let shift: Int
    /// The longest keyword, in bytes: lanes of a split scan overlap by this minus one.
    private let longestKeyword: Int
    /// The mask with one bit per group.
    let allGroups: UInt64

    /// An automaton for `groups` (at most 64 groups, keywords lower-case ASCII); a text matches
    /// group g when it contains any keyword of `groups[g]`.
    init(groups: [[String]]) {
        // Symbol classes: one per distinct keyword byte, so the table stays small (L1-resident).
        var classes = Array(repeating: UInt8(0), count: 256)
        var classCount = 1
        for keyword in groups.joined() {
            for byte in keyword.utf8 where classes[Int(byte)] == 0 {
                classes[Int(byte)] = UInt8(classCount)
                classCount += 1
            }
        }
        for letter in 0..<26 where classes[0x61 + letter] != 0 { classes[0x41 + letter] = classes[0x61 + letter] }
        var shift = 0
        while 1 << shift < classCount { shift += 1 }
        let width = 1 << shift
        var goto: [[Int]] = [Array(repeating: -1, count: width)]
        var output: [UInt64] = [0]
        for (group, keywords) in groups.enumerated() {
            for keyword in keywords {
                var state = 0
                for byte in keyword.utf8 {
                    let symbol = Int(classes[Int(byte)])
                    let next = goto[state][symbol]
                    if next >= 0 {
                        state = next
                    } else {
                        goto.append(Array(repeating: -1, count: width))
                        output.append(0)
                        goto[state][symbol] = goto.count - 1
                        state = goto.count - 1
                    }
                }
                output[state] |= 1 << UInt64(group)
            }
        }
        var failure = Array(repeating: 0, count: goto.count)
        var table = Array(repeating: 0, count: goto.count * width)
        var queue: [Int] = []
        for symbol in 1..<width where goto[0][symbol] >= 0 {
            table[symbol] = goto[0][symbol]
            queue.append(goto[0][symbol])
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            output[state] |= output[failure[state]]
            for symbol in 1..<width {
                let next = goto[state][symbol]
                if next >= 0 {
                    failure[next] = table[failure[state] * width + symbol]
                    table[state * width + symbol] = next
                    queue.append(next)
                } else {
                    table[state * width + symbol] = table[failure[state] * width + symbol]
                }
            }
        }
        self.classes = classes
        self.shift = shift
        longestKeyword = groups.joined().map(\.utf8.count).max() ?? 1
        transitions = table.map { UInt16(truncatingIfNeeded: $0) }
        outputs = output
        allGroups = groups.count >= 64 ? UInt64.max : (UInt64(1) << UInt64(groups.count)) - 1
    }

    /// The groups (bit g set for group g) with a keyword in `text`.
    func groups(in text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { groups(inBytes: $0) }
    }

    /// The groups with a keyword in the UTF-8 `bytes`.
    func groups(inFolded bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { groups(inBytes: $0) }
    }

    /// Texts at least this long are scanned as four interleaved lanes.
    private static let laneThreshold = 128

    private func groups(inBytes bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        classes.withUnsafeBufferPointer { classOf in
            transitions.withUnsafeBufferPointer { table in
                outputs.withUnsafeBufferPointer { out in
                    let scanner = Scanner(bytes: bytes, classOf: classOf, table: table, out: out, shift: shift)
                    guard bytes.count >= Self.laneThreshold else {
                        var lane = Lane(index: 0, end: bytes.count)
                        scanner.finish(&lane)
                        return lane.found
                    }
                    return scanner.interleaved(overlap: longestKeyword - 1)
                }
            }
        }
    }

    /// One scan position: the automaton state, the next byte and the bytes it owns.
    struct Lane {
        var state = 0
        var found: UInt64 = 0
        var index: Int
        let end: Int

        init(index: Int, end: Int) {
            self.index = index
            self.end = end
        }
    }

    /// The scan over one text.
    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let classOf: UnsafeBufferPointer<UInt8>
        let table: UnsafeBufferPointer<UInt16>
        let out: UnsafeBufferPointer<UInt64>
        let shift: Int

        /// Four lanes over consecutive quarters, each starting `overlap` bytes early in the
        /// initial state, so every occurrence lies wholly inside the lane owning its last byte.
        /// The lanes advance together (four independent dependency chains), then finish alone.
        func interleaved(overlap: Int) -> UInt64 {
            let count = bytes.count
            let quarter = (count + 3) / 4
            var a = Lane(index: 0, end: quarter)
            var b = Lane(index: quarter - overlap, end: 2 * quarter)
            var c = Lane(index: 2 * quarter - overlap, end: 3 * quarter)
            var d = Lane(index: 3 * quarter - overlap, end: count)
            while a.index < a.end, b.index < b.end, c.index < c.end, d.index < d.end {
                let byteA = bytes[a.index], byteB = bytes[b.index], byteC = bytes[c.index], byteD = bytes[d.index]
                guard (byteA | byteB | byteC | byteD) < 0x80 else {
                    step(&a)
                    step(&b)
                    step(&c)
                    step(&d)
                    continue
                }
                a.state = Int(table[a.state &<< shift | Int(classOf[Int(byteA)])])
                b.state = Int(table[b.state &<< shift | Int(classOf[Int(byteB)])])
                c.state = Int(table[c.state &<< shift | Int(classOf[Int(byteC)])])
                d.state = Int(table[d.state &<< shift | Int(classOf[Int(byteD)])])
                a.found |= out[a.state]
                b.found |= out[b.state]
                c.found |= out[c.state]
                d.found |= out[d.state]
                a.index &+= 1
                b.index &+= 1
                c.index &+= 1
                d.index &+= 1
            }
            finish(&a)
            finish(&b)
            finish(&c)
            finish(&d)
            return a.found | b.found | c.found | d.found
        }

        /// Runs `lane` to its end.
        func finish(_ lane: inout Lane) {
            while lane.index < lane.end { step(&lane) }
        }

        /// Consumes one character at `lane.index`.
        @inline(__always)
        func step(_ lane: inout Lane) {
            let count = bytes.count
            let index = lane.index
            let byte = bytes[index]
            if byte < 0x80 {
                lane.state = Int(table[lane.state &<< shift | Int(classOf[Int(byte)])])
                lane.found |= out[lane.state]
                lane.index = index &+ 1
            } else if byte == 0xC4, index + 1 < count, bytes[index + 1] == 0xB0 {
                // "İ" lower-cases to "i" + U+0307: the "i" can end a keyword, the mark breaks it.
                lane.state = Int(table[lane.state &<< shift | Int(classOf[0x69])])
                lane.found |= out[lane.state]
                lane.state = 0
                lane.index = index &+ 2
            } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x84, bytes[index + 2] == 0xAA {
                lane.state = Int(table[lane.state &<< shift | Int(classOf[0x6B])])
                lane.found |= out[lane.state]
                lane.index = index &+ 3
            } else {
                lane.state = 0
                lane.index = index &+ 1
            }
        }
    }

    /// The lowest group in `mask`: the first matching entry of an ordered keyword list.
    static func lowestGroup(_ mask: UInt64) -> Int? {
        mask == 0 ? nil : mask.trailingZeroBitCount
    }
}
