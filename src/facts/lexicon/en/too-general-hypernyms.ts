/**
 * WordNet 3.1 noun synsets too general to make two words "of one kind". Two terms whose nearest common
 * hypernym is one of these differ on different axes, not as alternatives: "man" / "suspect" (both persons:
 * one is said of sex, the other of a role), "office" / "closet" (both structures), "theft" / "lockout" (both
 * acts). Each entry is `lemma.n.N`, the N-th sense of the lemma in index.noun (most frequent first), as in
 * NLTK's synset names; the gloss beside it says which concept it is. One concept a line.
 *
 * The top of the hierarchy is listed whole, though the depth limit of terms.ts (three steps) already keeps
 * most words far from it: the shallow words ("thing", "object", "device") reach it in one or two.
 */
export const TOO_GENERAL_HYPERNYMS: readonly string[] = [
  // The unique beginners and the first levels below them.
  'entity.n.01', // that which exists
  'physical_entity.n.01', // an entity that has physical existence
  'abstraction.n.06', // abstract entity: a general concept formed by extracting common features
  'thing.n.12', // a separate and self-contained entity
  'thing.n.08', // an entity that is not named specifically
  'object.n.01', // physical object: a tangible and visible entity
  'whole.n.02', // unit: an assemblage of parts regarded as a single entity
  'part.n.02', // portion: something less than the whole of a human artifact
  'part.n.03', // piece: a portion of a natural object
  'matter.n.03', // that which has mass and occupies space
  'substance.n.01', // the real physical matter of which a thing consists
  'process.n.06', // physical process: a sustained phenomenon or one marked by gradual changes
  'phenomenon.n.01', // any state or process known through the senses
  'natural_phenomenon.n.01', // all phenomena not made by people: a flood and a storm are not alternatives
  'causal_agent.n.01', // any entity that produces an effect
  'location.n.01', // a point or extent in space
  'region.n.01', // the extended spatial location of something
  // Living things: people differ by sex, age, role, origin, trade; a pair that crosses these axes is no
  // contradiction. Pairs within one axis meet lower (professional, relative, male) or are antonyms.
  'living_thing.n.01', // animate thing
  'organism.n.01', // being: a living thing that can act or function independently
  'person.n.01', // individual, someone: a human being
  // Made things.
  'artifact.n.01', // a man-made object
  'instrumentality.n.03', // an artifact used to accomplish some end
  'device.n.01', // an instrumentality invented for a particular purpose (a lock and a bomb both are)
  'structure.n.01', // construction: a thing constructed (a bridge, a building, a room)
  // Abstractions.
  'psychological_feature.n.01', // a feature of the mental life of a living organism
  'cognition.n.01', // knowledge: the psychological result of perception and learning
  'content.n.05', // cognitive content: the sum of what has been perceived, discovered or learned
  'attribute.n.02', // an abstraction belonging to or characteristic of an entity
  'quality.n.01', // an essential and distinguishing attribute of something
  'property.n.02', // a basic or essential attribute shared by all members of a class
  'state.n.02', // the way something is with respect to its main attributes
  'condition.n.01', // status: a state at a particular time
  'relation.n.01', // an abstraction belonging to or characteristic of two entities together
  'communication.n.02', // something that is communicated by or to or between people or groups
  'measure.n.02', // quantity, amount: how much there is of something
  'group.n.01', // grouping: any number of entities considered as a unit
  'social_group.n.01', // people sharing some social relation
  'organization.n.01', // a group of people who work together
  // Events and acts.
  'event.n.01', // something that happens at a given place and time
  'happening.n.01', // occurrence: an event that happens
  'act.n.02', // deed, human action: something that people do or cause to happen
  'action.n.01', // something done (usually as opposed to something said)
  'activity.n.01', // any specific behavior
];
