extension TimeExpression {
    /// The value without its time of day: `2021-12-15` for `2021-12-15T15:00`; other values unchanged.
    /// A meeting's `when` wants the day.
    public var dateValue: String {
        guard let t = value.firstIndex(of: "T"), value.distance(from: value.startIndex, to: t) == 10 else { return value }
        return String(value[..<t])
    }
}
