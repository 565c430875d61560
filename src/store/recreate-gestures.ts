/** The lazily loaded gestures that may recreate a container (edges drawn, the container form). */
export { edgeGesture } from './edge-gestures'
export { editCommands } from './edit-gestures'
