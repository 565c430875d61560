/** The lazily loaded gestures built on `docker run` lines: edges drawn, the container form, copies. */
export { edgeGesture } from './edge-gestures'
export { editEdgeGesture, removeEdgeGesture } from './edge-edits'
export { editCommands } from './edit-gestures'
export { copyCommands } from './duplicate'
export { moveCommands } from './move-host'
export { renameNetworkGesture, renameVolumeGesture } from './rename-gestures'
