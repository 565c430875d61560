/**
 * Import and export: the saved document (pure). Reading one back (read.ts, with the defensive
 * restore) loads through the lazy door, io/lazy.ts, to stay out of the first paint; browser
 * I/O lives in io/browser. The lesson file's reader (lesson.ts) is small and pure.
 */
export {
  DOCUMENT_FORMAT,
  DOCUMENT_VERSION,
  toDocument,
  toJson,
  type DocknetDocument,
  type Damage,
  type Layout,
  type ReadProblem,
  type RecordKind,
  type RecordPart,
  type Repair,
  type Restored,
  type Where,
} from './document'
export {
  fromLessonJson,
  fromLessonValue,
  isLessonText,
  lessonGoals,
  toLessonJson,
  LANGUAGES,
  LESSON_FORMAT,
  LESSON_VERSION,
  MAX_LESSON_CHARS,
  type GoalStep,
  type Language,
  type Lesson,
  type LessonContainerRef,
  type LessonError,
  type LessonErrorCode,
  type LessonExpected,
  type LessonGoal,
  type LessonQuestion,
  type LessonRead,
  type LessonStep,
  type PredictStep,
  type Texts,
} from './lesson'
