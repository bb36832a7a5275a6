/// A questionnaire instrument: its answer scales, the constructs it measures and the items
/// that measure them. Loaded from a data file under `Surveys/` (see `Instrument(yaml:)`).
///
/// Items and constructs keep the order of the file; scoring refers to them by index.
public struct Instrument: Sendable, Hashable {
    /// Stable identifier, e.g. `veerkrachtmeter`.
    public let id: String
    /// Version number; a revised instrument gets a higher version.
    public let version: Int
    /// Display title in Dutch.
    public let title: String
    /// Short description in Dutch.
    public let description: String
    /// Label shown for the "don't know / won't say" answer, stored as missing.
    public let missingLabel: String
    /// Answer codes that mean "don't know / won't say" and are stored as missing, like an empty
    /// answer (`missing_codes`; `NA` when the file has none). Matched without surrounding spaces, in
    /// any case; a numeric code also in any whole-number spelling (`98.0`).
    public let missingCodes: [String]
    /// Score thresholds for the laag/midden/hoog categories.
    public let thresholds: CategoryThresholds
    public let scales: [Scale]
    public let constructs: [Construct]
    public let items: [Item]

    /// `id` and `version` as one readable string, e.g. `veerkrachtmeter v1`.
    public var reference: String { "\(id) v\(version)" }

    /// The items residents answer about themselves (`background: true`), in file order: asked, never scored.
    public var backgroundItems: [Item] { items.filter(\.isBackground) }

    /// Index of the item with this id, if any.
    public func itemIndex(_ itemID: String) -> Int? { items.firstIndex { $0.id == itemID } }

    /// Index of the construct with this id, if any.
    public func constructIndex(_ constructID: String) -> Int? { constructs.firstIndex { $0.id == constructID } }

    /// The scale of an item.
    public func scale(of item: Item) -> Scale { scales[item.scaleIndex] }

    /// Whether forms ask for the answer to `item` as a number typed in rather than as one of its
    /// scale's choices: a background item on a scale without labels (`leeftijd` on `jaren`).
    public func asksForNumber(_ item: Item) -> Bool { item.isBackground && scale(of: item).labels.isEmpty }
}

/// An answer scale: whole numbers from `minimum` to `maximum`.
///
/// An *open* scale (such as `aantal`) accepts any whole number from `minimum` to
/// `Limits.openScaleAnswer`; for scoring a value
/// above `maximum` counts as `maximum` ("5 means 5 or more").
public struct Scale: Sendable, Hashable {
    public let id: String
    public let minimum: Int
    public let maximum: Int
    public let isOpen: Bool
    /// Answer labels by value, in ascending order of value (may cover only some values).
    public let labels: [ScaleLabel]
    /// The text a form offers for giving no answer on this scale (stored as missing), when the
    /// scale has its own (`missing_label`, e.g. "zeg ik liever niet"); else the instrument's.
    public let missingLabel: String?

    public init(id: String, minimum: Int, maximum: Int, isOpen: Bool, labels: [ScaleLabel], missingLabel: String? = nil) {
        self.id = id
        self.minimum = minimum
        self.maximum = maximum
        self.isOpen = isOpen
        self.labels = labels
        self.missingLabel = missingLabel
    }

    /// Whether `value` is a valid answer on this scale.
    public func accepts(_ value: Int) -> Bool { value >= minimum && value <= (isOpen ? max(maximum, Limits.openScaleAnswer) : maximum) }

    /// The answers a form offers, one per value from `minimum` to `maximum`: each value's label
    /// when the scale labels every value, otherwise the number (`5+` for an open scale's maximum).
    /// An import reads these texts, and the labels, as the values they stand for.
    public var choices: [ScaleLabel] {
        let label = Dictionary(labels.map { ($0.value, $0.text) }, uniquingKeysWith: { first, _ in first })
        let values = Array(minimum...maximum)
        let fullyLabelled = values.allSatisfy { label[$0] != nil }
        return values.map { value in
            ScaleLabel(value: value, text: fullyLabelled ? label[value]! : (isOpen && value == maximum ? "\(value)+" : String(value)))
        }
    }

    /// Whether every value has a label of its own (the choices are words, not numbers).
    public var isFullyLabelled: Bool { Set(labels.map(\.value)).isSuperset(of: minimum...maximum) }

    /// Whether `value` is an answer this scale offers: from `minimum` to `maximum`, or labelled.
    /// A numeric missing code that is such an answer is that answer, not a missing one.
    public func offers(_ value: Int) -> Bool { (minimum...maximum).contains(value) || labels.contains { $0.value == value } }
}

/// The label of one answer value on a scale.
public struct ScaleLabel: Sendable, Hashable {
    public let value: Int
    public let text: String

    public init(value: Int, text: String) {
        self.value = value
        self.text = text
    }
}

/// What a construct is to the organisation.
public enum ConstructKind: String, Sendable, Hashable, CaseIterable {
    /// One of the resources (hulpbronnen) the organisation steers on.
    case hulpbron
    /// A kind of redzaamheid (coping capacity).
    case redzaamheid
    /// A composite of other constructs' scores (such as `veerkracht`).
    case composite
}

/// A construct: either measured by items, or a composite of other constructs.
public struct Construct: Sendable, Hashable {
    public let id: String
    public let kind: ConstructKind
    /// Display name in Dutch, e.g. "Cohesie in straat en buurt".
    public let name: String
    /// Plain-Dutch description.
    public let description: String
    public let scoring: ConstructScoring
}

/// How a construct's score is computed.
public enum ConstructScoring: Sendable, Hashable {
    /// Mean of the normalised answered items, if at least `minimumAnswered` of them are answered.
    case items(indices: [Int], minimumAnswered: Int)
    /// Mean of other constructs' scores, if at least `minimumPresent` of them are present.
    case composite(indices: [Int], minimumPresent: Int)
}

/// One question of the instrument: an item of a construct, or a background question (such as
/// `leeftijd`) that is asked and stored but never scored.
public struct Item: Sendable, Hashable {
    public let id: String
    /// Index into `Instrument.constructs`; nil for a background item.
    public let constructIndex: Int?
    /// Index into `Instrument.scales`.
    public let scaleIndex: Int
    /// Reverse keyed: v' = min + max − v.
    public let isReversed: Bool
    /// The question as residents read it, in plain Dutch.
    public let text: String
    /// The published scale the item is modelled on.
    public let source: String

    /// Whether the item is a background question: in no construct, never scored, not in α.
    public var isBackground: Bool { constructIndex == nil }
}

/// Score thresholds: laag when score < `low`, hoog when score ≥ `high`, otherwise midden.
public struct CategoryThresholds: Sendable, Hashable {
    public let low: Double
    public let high: Double

    public init(low: Double = 4.0, high: Double = 7.0) {
        self.low = low
        self.high = high
    }

    /// The category of a construct score.
    public func category(of score: Double) -> Category {
        score < low ? .laag : (score >= high ? .hoog : .midden)
    }
}

/// Score category of a construct score.
public enum Category: String, Sendable, Hashable, CaseIterable {
    case laag, midden, hoog
}

/// The minimum number of answered items for a construct of `k` items: ⌈2/3 · k⌉.
public func defaultMinimumAnswered(itemCount k: Int) -> Int { (2 * k + 2) / 3 }
