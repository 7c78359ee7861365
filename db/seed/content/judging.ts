/**
 * Feedback the second and third judges give, by criterion (in the order of
 * `defaultJudgingCriteria` in app/domain/judging.ts) and score.
 * The first judge's comments are written per project in the project content.
 */
export const JUDGE_FEEDBACK: readonly (readonly [string, string, string, string, string])[] = [
  [
    "The problem wasn't clear from the pitch; talk to the clinician again.",
    "You described the problem, but not who it hurts most or how often.",
    "Solid grasp of the problem; some insight from the clinician came through.",
    "You clearly spent time with the people who live this problem.",
    "Real insight: you found something about the problem the rest of us had missed.",
  ],
  [
    "Hard to see who would benefit.",
    "Benefit is plausible but small, and people who aren't online could be left out.",
    "Useful for many people; think about those with low digital confidence.",
    "Wide benefit, and you thought about who might be left out.",
    "Big benefit for people who are usually left out. Excellent.",
  ],
  [
    "Identifiable data or unexamined risks: please rethink before going further.",
    "Little thought about what could go wrong for patients yet.",
    "Synthetic data throughout; start a hazard log before any testing with staff.",
    "Thoughtful about hazards and data use; a data-use statement is the next step.",
    "Safety and data ethics were built in from the first hour.",
  ],
  [
    "The team didn't test any assumptions.",
    "Built first, asked later. Test with users sooner.",
    "Some testing with the clinician in the room.",
    "Iterated with users during the day and changed course when needed.",
    "A model of how to work: tested, learned, changed, tested again.",
  ],
  [
    "The demo didn't work on the day.",
    "Mostly slides; hard to judge the prototype.",
    "Working demo of the core idea.",
    "A clear, working demo that told the story well.",
    "Outstanding demo: real, working and memorable.",
  ],
];
