import { arrowId, DIRECTED, EDGE_STYLE } from '../../io/picture/edge-style'

/** One arrowhead per directed edge kind, in its colour, for edges to point at their target. */
export function ArrowMarkers() {
  return (
    <svg aria-hidden className="absolute size-0">
      <defs>
        {[...DIRECTED].map((kind) => (
          <marker
            key={kind}
            id={arrowId(kind)}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={EDGE_STYLE[kind].stroke} />
          </marker>
        ))}
      </defs>
    </svg>
  )
}
