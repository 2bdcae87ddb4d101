"""The practice service: what the screens call to do work that is not drawing (saving,
recording, transcribing), so that the screens never reach the store or the voice layer
themselves."""
