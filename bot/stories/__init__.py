"""Stories: copies of one report across outlets, clustered so that a story alerts once.

- `titles` — headlines and summary leads as compared (tags and outlet suffixes off);
- `index` — `StoryIndex`: which story a new item belongs to (pure, in memory), with its
  thresholds in `thresholds` (`StoryConfig`);
- `features` — what the index derives from an item's text, kept beside the item so a
  restart reads it instead of deriving it again;
- `corroboration` — `StoryTracker` over the store: one alert per story, and how many
  outlets carried it.

May import: `bot.records`, `bot.clock`, `bot.text`, `bot.store` (corroboration only).
Never imports intake, matching, slack or cli.
"""
