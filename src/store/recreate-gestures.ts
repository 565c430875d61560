/** The lazily loaded gestures built on `docker run` lines: edges drawn, the container form, copies. */
export { edgeGesture } from './edge-gestures'
export { removeEdgeGesture } from './edge-removal'
export { editCommands } from './edit-gestures'
export { copyCommands } from './duplicate'
export { moveCommands } from './move-host'
