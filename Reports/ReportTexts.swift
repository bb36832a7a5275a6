/// The Dutch texts reports print, kept as data next to this file so that they can be read and
/// reworded without reading Swift; embedded in the binary.
public enum ReportTexts {
    /// "Zo lees je dit rapport": what each kind of figure means (`uitleg.yaml`), as YAML text.
    public static var explanations: String {
        String(decoding: PackageResources.uitleg_yaml, as: UTF8.self)
    }
}
