/**
 * Marker left in scaffolded text; a published entry that still has one fails validation. It lives on its own
 * because both the scaffold (which writes it) and the validator (which rejects it) need it, and the scaffold
 * already imports the validator.
 */
export const TODO_MARK = 'TODO(author)';
