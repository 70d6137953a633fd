extension Optional where Wrapped == String {
    /// The string unless it is `nil`, empty or only white space.
    var nonBlank: String? {
        guard let text = self, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }
}
