/// Word-level, two-way industry matching against a fixed list of target industries.
///
/// A lead's industry matches a target when the target's words occur as a contiguous run
/// in the industry's words, or the industry's words occur as a run in the target's
/// ("Marketing" matches "Marketing and Advertising" and vice versa). The word "and" is
/// ignored and `&` separates words, so "Marketing & Advertising" equals
/// "Marketing and Advertising". The first matching target counts.
///
/// Target words are numbered once; a lead's industry is read in one pass into word numbers
/// on the stack, and an industry with no target word is rejected without comparing. A
/// class, so that probing it never copies (and reference-counts) its tables.
final class IndustryMatcher: Sendable {
    /// The targets in effect, in order.
    let texts: [String]
    private let vocabulary: WordTable<Int32>
    private let words: [Int32]
    private let ranges: [(start: Int, count: Int)]

    static let and = WordKey(word: "and")
    private static let unknown: Int32 = -1

    /// Builds the matcher. Targets without words are dropped; when none remain, the
    /// default industries are used.
    init(targets: [String], defaults: [String]) {
        func prepared(_ list: [String]) -> [(text: String, words: [WordKey])] {
            list.map { ($0, TextScan.words(of: $0, dropping: Self.and)) }.filter { !$0.words.isEmpty }
        }
        let own = prepared(targets)
        let chosen = own.isEmpty ? prepared(defaults) : own
        var ids: [WordKey: Int32] = [:]
        var words: [Int32] = []
        var ranges: [(start: Int, count: Int)] = []
        for target in chosen {
            ranges.append((words.count, target.words.count))
            for word in target.words {
                if ids[word] == nil { ids[word] = Int32(ids.count) }
                words.append(ids[word] ?? Self.unknown)
            }
        }
        texts = chosen.map(\.text)
        vocabulary = WordTable(ids.map { (key, id) in (key, id) })
        self.words = words
        self.ranges = ranges
    }

    /// The index of the first target the industry matches, or `nil`.
    func match(_ industry: String?) -> Int? {
        guard let industry, !industry.isEmpty else { return nil }
        let capacity = (industry.utf8.count + 1) / 2
        return withUnsafeTemporaryAllocation(of: Int32.self, capacity: capacity) { buffer -> Int? in
            var count = 0
            var known = 0
            TextScan.forEachWord(in: industry) { word in
                guard word != Self.and, count < capacity else { return true }
                let id = vocabulary[word] ?? Self.unknown
                buffer.initializeElement(at: count, to: id)
                count += 1
                if id != Self.unknown { known += 1 }
                return true
            }
            guard known > 0 else { return nil }
            let lead = UnsafeBufferPointer(rebasing: buffer[0..<count])
            let allKnown = known == count
            return words.withUnsafeBufferPointer { all -> Int? in
                for index in ranges.indices {
                    let range = ranges[index]
                    let target = UnsafeBufferPointer(rebasing: all[range.start..<(range.start + range.count)])
                    if TextScan.contains(lead, run: target) || (allKnown && TextScan.contains(target, run: lead)) {
                        return index
                    }
                }
                return nil
            }
        }
    }
}
