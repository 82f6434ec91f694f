package bg.kazanlak.inclusion;

/** Data loaded at start after groups and access exist (the demo profile's users and cases). */
public interface StartupDataLoader {

  void load();
}
