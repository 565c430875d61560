/**
 * React Flow's Handle, minus its subscription to the connection being drawn. Each of React
 * Flow's handles selects, from its store, whether it is the one a connection starts from or
 * ends on, so every handle of the diagram re-renders as any connection starts and as it ends:
 * at 500 containers that was 30 ms of the frame that draws a new link (bench:ui). The classes
 * it would toggle (connectingfrom, connectingto, valid) are styled by neither React Flow nor
 * Docknet, and the ones that let a handle be grabbed and dropped on (connectionindicator,
 * connectable...) are the same on every handle of a loosely connected canvas, so this one
 * renders once. Dragging and clicking a connection are React Flow's own (XYHandle).
 */
import { memo, type MouseEvent as ReactMouseEvent, type TouchEvent as ReactTouchEvent } from 'react'
import {
  useNodeId,
  useStoreApi,
  type Connection,
  type IsValidConnection,
  type Position,
} from '@xyflow/react'
import { XYHandle } from '@xyflow/system'

interface Props {
  readonly type: 'source' | 'target'
  readonly position: Position
  readonly className?: string
}

export const CardHandle = memo(function CardHandle({ type, position, className = '' }: Props) {
  const store = useStoreApi()
  const nodeId = useNodeId() ?? ''
  const isTarget = type === 'target'

  const connect = (params: Connection) => {
    const { defaultEdgeOptions, onConnect } = store.getState()
    onConnect?.({ ...defaultEdgeOptions, ...params })
  }
  const isValidConnection: IsValidConnection = (edge) =>
    store.getState().isValidConnection?.(edge) ?? true

  const onPointerDown = (
    event: ReactMouseEvent<HTMLDivElement> | ReactTouchEvent<HTMLDivElement>,
  ) => {
    if ('button' in event && event.button !== 0) return
    const s = store.getState()
    XYHandle.onPointerDown(event.nativeEvent, {
      handleDomNode: event.currentTarget,
      autoPanOnConnect: s.autoPanOnConnect,
      connectionMode: s.connectionMode,
      connectionRadius: s.connectionRadius,
      domNode: s.domNode,
      nodeLookup: s.nodeLookup,
      lib: s.lib,
      isTarget,
      handleId: null,
      nodeId,
      flowId: s.rfId,
      panBy: s.panBy,
      cancelConnection: s.cancelConnection,
      onConnectStart: s.onConnectStart,
      onConnectEnd: (...args) => store.getState().onConnectEnd?.(...args),
      updateConnection: s.updateConnection,
      onConnect: connect,
      isValidConnection,
      getTransform: () => store.getState().transform,
      getFromHandle: () => store.getState().connection.fromHandle,
      autoPanSpeed: s.autoPanSpeed,
      dragThreshold: s.connectionDragThreshold,
    })
  }

  // A click on a handle, then on another, connects them too (React Flow's connectOnClick).
  const onClick = (event: ReactMouseEvent<HTMLDivElement>) => {
    const s = store.getState()
    const start = s.connectionClickStartHandle
    if (!start) {
      s.onClickConnectStart?.(event.nativeEvent, { nodeId, handleId: null, handleType: type })
      store.setState({ connectionClickStartHandle: { nodeId, type, id: null } })
      return
    }
    const { connection, isValid } = XYHandle.isValid(event.nativeEvent, {
      handle: { nodeId, id: null, type },
      connectionMode: s.connectionMode,
      fromNodeId: start.nodeId,
      fromHandleId: start.id ?? null,
      fromType: start.type,
      isValidConnection,
      flowId: s.rfId,
      doc: document,
      lib: s.lib,
      nodeLookup: s.nodeLookup,
    })
    if (isValid && connection) connect(connection)
    store.setState({ connectionClickStartHandle: null })
  }

  const { rfId, noPanClassName } = store.getState()
  return (
    <div
      data-nodeid={nodeId}
      data-handlepos={position}
      data-id={`${rfId}-${nodeId}-null-${type}`}
      className={`react-flow__handle react-flow__handle-${position} nodrag ${noPanClassName} ${type} connectable connectablestart connectableend connectionindicator ${className}`}
      onMouseDown={onPointerDown}
      onTouchStart={onPointerDown}
      onClick={onClick}
    />
  )
})
