/**
 * The bench:ui baseline (performance.md §5.3): bare React Flow with the nodes and edges the
 * bench script computed from Docknet's own topology-to-flow mapping (absolute positions, default
 * node and edge types, `data.label` = name), held in useState with applyNodeChanges; an edge
 * drawn is added with addEdge. Built as a second Vite entry; the app never imports it.
 */
import { useState } from 'react'
import { createRoot } from 'react-dom/client'
import { addEdge, applyNodeChanges, ReactFlow, type Edge, type Node } from '@xyflow/react'
import '@xyflow/react/dist/style.css'

export interface BaselineGraph {
  readonly nodes: Node<{ label: string }>[]
  readonly edges: Edge[]
}

declare global {
  interface Window {
    __BASELINE__?: BaselineGraph
  }
}

function Baseline({ graph }: { graph: BaselineGraph }) {
  const [nodes, setNodes] = useState(graph.nodes)
  const [edges, setEdges] = useState(graph.edges)
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      onNodesChange={(changes) => setNodes((ns) => applyNodeChanges(changes, ns))}
      onConnect={(connection) => setEdges((es) => addEdge(connection, es))}
      fitView
      minZoom={0.1}
    />
  )
}

const root = document.getElementById('root')
const graph = window.__BASELINE__
if (root && graph) createRoot(root).render(<Baseline graph={graph} />)
