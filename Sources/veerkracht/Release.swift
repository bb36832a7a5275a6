/// This release of Veerkracht, as `veerkracht --version` prints it (semantic versioning).
enum Release {
    static let version = "0.5.0"
}
