/// The subject-line patterns the WHAT detector tests, with the reference's regular
/// expressions implemented as byte matchers (no regex engine in the hot loop).
///
/// Each matcher reproduces Python `re.search` on the lower-cased subject: `.` matches any
/// character but a newline, `^` anchors at the start of the subject, `\s` is Python's
/// Unicode whitespace. One subject can match several patterns.
public enum SubjectPattern: String, CaseIterable, Codable, Hashable, Sendable {
    /// `question.*(about|for|regarding)`
    case questionAbout = "question_about"
    /// `^quick\s+question`
    case quickQuestion = "quick_question"
    /// `^re:`
    case replyStyle = "reply_style"
    /// `idea\s+for`
    case ideaFor = "idea_for"
    /// `thought\s+(about|for)`
    case thoughtAbout = "thought_about"
    /// `\{company\}|\{first_name\}`
    case personalized

    private static let question = Array("question".utf8)
    private static let quick = Array("quick".utf8)
    private static let reply = Array("re:".utf8)
    private static let idea = Array("idea".utf8)
    private static let thought = Array("thought".utf8)
    private static let about = Array("about".utf8)
    private static let forWord = Array("for".utf8)
    private static let regarding = Array("regarding".utf8)
    private static let companyToken = Array("{company}".utf8)
    private static let firstNameToken = Array("{first_name}".utf8)

    /// The patterns `subject` matches (bit i for `allCases[i]`).
    static func matches(inFolded bytes: [UInt8]) -> UInt8 {
        var mask: UInt8 = 0
        if questionAboutMatches(bytes) { mask |= 1 << 0 }
        if FoldedText.matches(bytes, 0, quick), whitespaceThen(bytes, after: quick.count, [question]) { mask |= 1 << 1 }
        if FoldedText.matches(bytes, 0, reply) { mask |= 1 << 2 }
        if wordThenWhitespace(bytes, idea, followedBy: [forWord]) { mask |= 1 << 3 }
        if wordThenWhitespace(bytes, thought, followedBy: [about, forWord]) { mask |= 1 << 4 }
        if FoldedText.firstIndex(of: companyToken, in: bytes, from: 0, before: bytes.count) != nil
            || FoldedText.firstIndex(of: firstNameToken, in: bytes, from: 0, before: bytes.count) != nil {
            mask |= 1 << 5
        }
        return mask
    }

    /// The patterns a subject matches, in declaration order.
    public static func patterns(matching subject: String) -> [SubjectPattern] {
        var buffer: [UInt8] = []
        FoldedText.fold(subject, into: &buffer)
        let mask = matches(inFolded: buffer)
        return allCases.enumerated().filter { mask & (1 << UInt8($0.offset)) != 0 }.map(\.element)
    }

    /// `question.*(about|for|regarding)`: within one line, some "question" followed later on
    /// the same line by one of the words. The first "question" of a line leaves the most room.
    private static func questionAboutMatches(_ bytes: [UInt8]) -> Bool {
        var lineStart = 0
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            if let found = FoldedText.firstIndex(of: question, in: bytes, from: lineStart, before: lineEnd) {
                let rest = found + question.count
                for word in [about, forWord, regarding]
                where FoldedText.firstIndex(of: word, in: bytes, from: rest, before: lineEnd) != nil {
                    return true
                }
            }
            lineStart = lineEnd + 1
        }
        return false
    }

    /// At `index`: one or more whitespace characters, then one of `words`.
    private static func whitespaceThen(_ bytes: [UInt8], after index: Int, _ words: [[UInt8]]) -> Bool {
        var position = index
        var sawSpace = false
        while true {
            let length = FoldedText.whitespaceLength(bytes, at: position)
            guard length > 0 else { break }
            position += length
            sawSpace = true
        }
        return sawSpace && words.contains { FoldedText.matches(bytes, position, $0) }
    }

    /// Anywhere: `word`, whitespace, then one of `followers`.
    private static func wordThenWhitespace(_ bytes: [UInt8], _ word: [UInt8], followedBy followers: [[UInt8]]) -> Bool {
        var start = 0
        while let found = FoldedText.firstIndex(of: word, in: bytes, from: start, before: bytes.count) {
            if whitespaceThen(bytes, after: found + word.count, followers) { return true }
            start = found + 1
        }
        return false
    }
}
