// Example queries the console opens with: each answers a question a reader of the debate asks.

export interface ExampleQuery {
  title: string;
  query: string;
  variables?: string;
}

export const EXAMPLES: ExampleQuery[] = [
  {
    title: "Starmer's relations",
    query: `# Keir Starmer's relations, each with the quotes that back it.
query StarmerRelations($id: ID! = "keir-starmer") {
  entity(id: $id) {
    name
    description
    relations {
      type
      source { name }
      target { name }
      qualifier
      evidence {
        quote
        url
        article { title outlet }
      }
    }
  }
}
`,
  },
  {
    title: 'Who opposes the European force',
    query: `# Who opposes the proposed European peacekeeping force, and in what words.
query OpposeEuropeanForce($id: ID! = "european-force") {
  entity(id: $id) {
    name
    relations(type: OPPOSES, direction: IN) {
      source { name type url }
      qualifier
      evidence { quote url }
    }
  }
}
`,
  },
  {
    title: 'Path between two leaders',
    query: `# The shortest chain of sourced relations between two leaders (direction ignored).
query LeaderPath($from: ID! = "emmanuel-macron", $to: ID! = "vladimir-putin") {
  path(from: $from, to: $to) {
    type
    source { name }
    target { name }
    evidence { quote url }
  }
}
`,
  },
];
