/// Splits a migration file into statements (the extended protocol runs one at a time),
/// respecting quotes, dollar quotes and comments.
enum SQLScript {
    static func statements(_ script: String) -> [String] {
        let chars = Array(script.unicodeScalars)
        var statements: [String] = []
        var current = String.UnicodeScalarView()
        var index = 0
        func flush() {
            let text = String(current).trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { statements.append(text) }
            current = String.UnicodeScalarView()
        }
        func peek(_ offset: Int) -> Unicode.Scalar? { index + offset < chars.count ? chars[index + offset] : nil }
        while index < chars.count {
            let char = chars[index]
            if char == "-", peek(1) == "-" {
                while index < chars.count, chars[index] != "\n" { index += 1 }
                continue
            }
            if char == "/", peek(1) == "*" {
                index += 2
                while index < chars.count, !(chars[index] == "*" && peek(1) == "/") { index += 1 }
                index += 2
                continue
            }
            if char == "'" || char == "\"" {
                let escapes = char == "'" && index > 0 && (chars[index - 1] == "E" || chars[index - 1] == "e")
                current.append(char)
                index += 1
                while index < chars.count {
                    let inner = chars[index]
                    current.append(inner)
                    index += 1
                    if escapes, inner == "\\", index < chars.count {
                        current.append(chars[index])
                        index += 1
                        continue
                    }
                    if inner == char {
                        if index < chars.count, chars[index] == char {
                            current.append(chars[index])
                            index += 1
                            continue
                        }
                        break
                    }
                }
                continue
            }
            if char == "$", let tag = dollarTag(chars, at: index) {
                current.append(contentsOf: tag)
                index += tag.count
                while index < chars.count {
                    if chars[index] == "$", Array(chars[index..<min(chars.count, index + tag.count)]) == tag {
                        current.append(contentsOf: tag)
                        index += tag.count
                        break
                    }
                    current.append(chars[index])
                    index += 1
                }
                continue
            }
            if char == ";" {
                flush()
                index += 1
                continue
            }
            current.append(char)
            index += 1
        }
        flush()
        return statements
    }

    /// The dollar-quote opener (`$$`, `$tag$`) at `index`, if there is one.
    private static func dollarTag(_ chars: [Unicode.Scalar], at index: Int) -> [Unicode.Scalar]? {
        var end = index + 1
        while end < chars.count, chars[end] == "_" || chars[end].properties.isAlphabetic || ("0"..."9").contains(chars[end]) {
            end += 1
        }
        guard end < chars.count, chars[end] == "$" else { return nil }
        if end > index + 1, ("0"..."9").contains(chars[index + 1]) { return nil }
        return Array(chars[index...end])
    }
}
